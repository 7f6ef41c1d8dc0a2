package org.cadretraining.course;

import java.time.LocalDate;

/** A course moved to other dates; enrolments may now clash with other courses. */
public record CourseDatesChanged(long courseId, LocalDate startsOn, LocalDate endsOn) {}
