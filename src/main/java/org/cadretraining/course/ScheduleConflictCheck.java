package org.cadretraining.course;

import java.time.LocalDate;
import java.util.List;

/**
 * A check that another module adds to the course module's conflict checks: implement it as a Spring bean and its
 * findings are shown before saving and refuse the save, like the course module's own. The enrolment module is
 * expected to add "a field-study group larger than the site holds" (for items) and "a cadre enrolled in two courses
 * whose dates overlap" (for course dates).
 */
public interface ScheduleConflictCheck {

    /** Clashes of an agenda item about to be saved. */
    List<ScheduleConflict> check(PlannedItem item);

    /** Clashes of a course about to move to new dates. */
    default List<ScheduleConflict> checkDates(long courseId, LocalDate startsOn, LocalDate endsOn) {
        return List.of();
    }
}
