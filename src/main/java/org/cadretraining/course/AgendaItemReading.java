package org.cadretraining.course;

import java.util.List;

/** A course's agenda items read with their further speakers in one query each, not one more per item. */
interface AgendaItemReading {

    /** The course's items in the order of the agenda. */
    List<AgendaItem> findByCourse(long courseId);

    /** The course's items on one day: what a planned item of that day may overlap. */
    List<AgendaItem> findByCourseOnDay(long courseId, java.time.LocalDate day);
}
