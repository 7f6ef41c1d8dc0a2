package org.cadretraining.course;

import java.time.LocalDate;
import org.cadretraining.shared.DomainException;

/**
 * The days a course is held, its first to its last, on which every agenda item must fall. Part of the {@link Course}
 * aggregate, stored in the course's row.
 */
class CourseDays {

    private LocalDate startsOn;
    private LocalDate endsOn;

    CourseDays() {}

    static CourseDays of(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw DomainException.invalid("endsOn", "course.dates.order");
        }
        CourseDays days = new CourseDays();
        days.startsOn = startsOn;
        days.endsOn = endsOn;
        return days;
    }

    /** Refuses a day outside the course's, naming the field {@code day} and the days allowed. */
    void requireContains(LocalDate day) {
        if (day.isBefore(startsOn) || day.isAfter(endsOn)) {
            throw DomainException.invalid("day", "course.agenda.day.outside", startsOn, endsOn);
        }
    }

    boolean differFrom(CourseDays other) {
        return !startsOn.equals(other.startsOn) || !endsOn.equals(other.endsOn);
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }
}
