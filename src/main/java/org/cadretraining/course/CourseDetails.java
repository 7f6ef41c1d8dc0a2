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
        TrainingCategory category) {}
