package org.cadretraining.course;

/** A completed course was archived; its record no longer changes. */
public record CourseArchived(long courseId) {}
