package org.cadretraining.course;

import java.time.LocalDate;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/** What describes a course, from a form, the API or demo data. */
record CourseDetails(
        LocalizedText title,
        LocalizedText purpose,
        long organiserUnitId,
        Long hostUnitId,
        Long venueSiteId,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        CreditHours requiredHours,
        TrainingCategory category) {

    /** The same course under another title and on other dates, as a copy is planned. */
    CourseDetails withTitleAndDates(LocalizedText newTitle, LocalDate newStart, LocalDate newEnd) {
        return new CourseDetails(
                newTitle,
                purpose,
                organiserUnitId,
                hostUnitId,
                venueSiteId,
                newStart,
                newEnd,
                capacity,
                requiredHours,
                category);
    }
}
