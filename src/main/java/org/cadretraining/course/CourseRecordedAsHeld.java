package org.cadretraining.course;

/** A course entered after it took place was recorded as held, by the named user. */
public record CourseRecordedAsHeld(long courseId, String by) {}
