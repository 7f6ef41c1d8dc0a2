package org.cadretraining.course;

/** A course began. */
public record CourseStarted(long courseId) {}
