package org.cadretraining.course;

/** A course ended as planned: completion and credit hours can now be worked out. */
public record CourseCompleted(long courseId) {}
