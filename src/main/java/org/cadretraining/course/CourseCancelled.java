package org.cadretraining.course;

/** A course was cancelled before it completed; places, nominations and notifications follow from it. */
public record CourseCancelled(long courseId, CourseStatus previousStatus, String reason) {}
