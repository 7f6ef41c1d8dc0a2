package org.cadretraining.course;

import java.time.Instant;

/** An archived course was taken out of the archive by an administrator: it is completed again. */
public record CourseArchiveUndone(long courseId, String by, Instant at) {}
