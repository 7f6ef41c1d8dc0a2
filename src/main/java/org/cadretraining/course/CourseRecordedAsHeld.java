package org.cadretraining.course;

import java.time.Instant;

/** A course entered after it took place was recorded as held, by the named user at the given moment. */
public record CourseRecordedAsHeld(long courseId, String by, Instant at) {}
