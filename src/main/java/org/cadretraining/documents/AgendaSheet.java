package org.cadretraining.documents;

import java.time.LocalDate;
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

    /** One item; {@code speaker} is a name, {@code speakerRole} what they are (position, affiliation), maybe blank. */
    record Entry(
            long id,
            AgendaItemType type,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            LocalizedText title,
            LocalizedText place,
            String address,
            String speaker,
            LocalizedText speakerRole,
            boolean mandatory,
            CreditHours creditHours) {

        public boolean hasTitle() {
            return !title.zh().isEmpty() || !title.en().isEmpty();
        }
    }

    Day day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst().orElse(null);
    }
}
