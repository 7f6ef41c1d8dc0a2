package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.cadretraining.course.lecturer.LecturerSummary;
import org.cadretraining.course.site.SiteSummary;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSourceResolvable;

/** A course with its agenda, laid out day by day as a printed programme reads. */
record Programme(CourseView course, List<Day> days, CreditHours totalHours, CreditHours mandatoryHours) {

    /** The course's facts with the names of what it refers to. */
    record CourseView(
            long id,
            LocalizedText title,
            LocalizedText purpose,
            CourseStatus status,
            TrainingCategory category,
            LocalizedText organiser,
            LocalizedText host,
            SiteSummary venue,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            CreditHours requiredHours,
            String cancelReason,
            List<String> transitions,
            String heldRecordedBy,
            java.time.Instant heldRecordedAt) {

        public int days() {
            return (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
        }
    }

    /** The days as the page lays them out, with long runs of blank days drawn together. */
    public List<ProgrammePart> parts() {
        return ProgrammePart.of(days);
    }

    /** One day of the course, numbered from 1. */
    record Day(int number, LocalDate date, List<Entry> entries, CreditHours hours) {}

    /**
     * A speaker or presider as the programme names them, in both languages (the English name where known), with
     * their post and what they speak about (blank when not known).
     */
    record PersonView(LocalizedText name, LocalizedText role, LocalizedText topic) {

        /** A lecturer of the register, by their name and post. */
        static PersonView of(LecturerSummary lecturer, LocalizedText topic) {
            return new PersonView(
                    new LocalizedText(lecturer.nameIn(Locale.CHINESE), lecturer.nameIn(Locale.ENGLISH)),
                    lecturer.role(),
                    topic);
        }

        /** A cadre of the directory, by their name and position. */
        static PersonView of(CadreSummary cadre, LocalizedText topic) {
            return new PersonView(
                    new LocalizedText(cadre.name(), cadre.nameIn(Locale.ENGLISH)), cadre.position(), topic);
        }

        /** A person known only by the name the programme gives. */
        static PersonView named(String name, LocalizedText topic) {
            LocalizedText none = new LocalizedText("", "");
            return new PersonView(new LocalizedText(name, ""), none, topic);
        }
    }

    /**
     * One item as the programme shows it; {@code atVenue} when it takes place at the course's venue. {@code
     * speakerName} and {@code speakerRole} are the main speaker's, {@code speakers} all of them; {@code presider} is
     * null when nobody presides. {@code dueAt} is set for homework only; {@code zeroCredit} says why a mandatory item
     * earns no 学时 (null otherwise).
     */
    record Entry(
            long id,
            AgendaItemType type,
            LocalTime startsAt,
            LocalTime endsAt,
            LocalizedText title,
            LocalizedText place,
            boolean atVenue,
            SpeakerKind speakerKind,
            Long lecturerId,
            LocalizedText speakerName,
            LocalizedText speakerRole,
            boolean mandatory,
            CreditHours creditHours,
            boolean creditOverridden,
            List<PersonView> speakers,
            PersonView presider,
            boolean sharesSitting,
            LocalDateTime dueAt,
            MessageSourceResolvable zeroCredit) {}
}
