package org.cadretraining.course;

import java.time.LocalDate;
import java.util.List;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.shared.CreditHours;

/**
 * Who is expected on which day of a course run for several cohorts: a day held by one cohort alone is that cohort's,
 * and members of the other cohorts are not expected on it; a day no cohort holds alone (or two hold) is the whole
 * course's, as is every day for a member of no cohort and every day of a course without cohorts.
 */
final class CohortDays {

    private CohortDays() {}

    /** The number (from 1) of the cohort held alone on the day, or null. */
    static Integer cohortOn(List<Cohort> cohorts, LocalDate day) {
        Integer found = null;
        for (int i = 0; i < cohorts.size(); i++) {
            if (cohorts.get(i).covers(day)) {
                if (found != null) {
                    return null;
                }
                found = i + 1;
            }
        }
        return found;
    }

    static boolean expects(List<Cohort> cohorts, Integer cohort, LocalDate day) {
        Integer held = cohortOn(cohorts, day);
        return held == null || cohort == null || held.equals(cohort);
    }

    /** The 学时 of the agenda items on the days a member of the cohort (null: of none) is expected. */
    static CreditHours hoursFor(List<Cohort> cohorts, Integer cohort, List<AgendaEntry> agenda) {
        return agenda.stream()
                .filter(item -> expects(cohorts, cohort, item.day()))
                .map(AgendaEntry::creditHours)
                .reduce(CreditHours.ZERO, CreditHours::plus);
    }
}
