package org.cadretraining.course;

import java.time.LocalDate;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/** One line of the course list. */
record CourseRow(
        long id,
        LocalizedText title,
        LocalDate startsOn,
        LocalDate endsOn,
        CourseStatus status,
        TrainingCategory category,
        TrainingForm trainingForm,
        int capacity,
        LocalizedText organiser,
        LocalizedText host,
        int items,
        CreditHours agendaHours,
        CreditHours requiredHours) {}
