package org.cadretraining.course;

import java.time.LocalDate;
import org.cadretraining.shared.LocalizedText;

/** One group of a course run back to back with others (期/批次), on its own days within the course's. */
public record Cohort(LocalizedText name, LocalDate startsOn, LocalDate endsOn) {

    /** Whether the group is held on the day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The same group some days later (or earlier), as a copied course moves its days. */
    Cohort movedBy(long days) {
        return new Cohort(name, startsOn.plusDays(days), endsOn.plusDays(days));
    }
}
