package org.cadretraining.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.course.AgendaItemType;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/** A course and its agenda with every reference resolved to a name, as documents print them. */
record AgendaSheet(Facts course, List<Day> days, CreditHours totalHours, CreditHours mandatoryHours) {

    record Facts(
            long id,
            LocalizedText title,
            CourseStatus status,
            LocalizedText organiser,
            LocalizedText host,
            LocalizedText venue,
            String venueAddress,
            LocalDate startsOn,
            LocalDate endsOn) {

        public int dayCount() {
            return (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
        }
    }

    record Day(int number, LocalDate date, List<Entry> entries, CreditHours hours) {}

    /** A person by name, with what they are (position, affiliation) and what they speak about, either maybe blank. */
    record Named(LocalizedText name, LocalizedText role, LocalizedText topic) {}

    /**
     * One item; {@code speaker} is the main speaker's name, {@code speakerRole} what they are (position,
     * affiliation), maybe blank; {@code speakers} are all speakers in order and {@code presider} who presides (null
     * when nobody does). {@code dueAt} is when homework is due (null for other items).
     */
    record Entry(
            long id,
            AgendaItemType type,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            LocalizedText title,
            LocalizedText place,
            String address,
            LocalizedText speaker,
            LocalizedText speakerRole,
            boolean mandatory,
            CreditHours creditHours,
            List<Named> speakers,
            Named presider,
            LocalDateTime dueAt) {

        /** Whether the speakers are more than the main one, so that each is listed. */
        public boolean severalSpeakers() {
            return speakers.size() > 1;
        }

        public boolean hasTitle() {
            return !title.zh().isEmpty() || !title.en().isEmpty();
        }
    }

    Day day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst().orElse(null);
    }
}
