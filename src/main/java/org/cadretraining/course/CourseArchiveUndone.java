package org.cadretraining.course;

/** An archived course was taken out of the archive by an administrator: it is completed again. */
public record CourseArchiveUndone(long courseId) {}
