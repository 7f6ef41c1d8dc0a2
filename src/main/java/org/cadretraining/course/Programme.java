package org.cadretraining.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.course.site.SiteSummary;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

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

    /** One day of the course, numbered from 1. */
    record Day(int number, LocalDate date, List<Entry> entries, CreditHours hours) {}

    /** One item as the programme shows it; {@code atVenue} when it takes place at the course's venue. */
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
            String speakerName,
            LocalizedText speakerRole,
            boolean mandatory,
            CreditHours creditHours,
            boolean creditOverridden) {}
}
