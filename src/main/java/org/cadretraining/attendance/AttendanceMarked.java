package org.cadretraining.attendance;

/** The organiser marked a trainee present or absent at an agenda item, whatever the checks say. */
public record AttendanceMarked(long courseId, long itemId, long cadreId) {}
