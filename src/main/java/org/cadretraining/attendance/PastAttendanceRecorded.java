package org.cadretraining.attendance;

/** The attendance of a past course was recorded afterwards, for every trainee at once. */
public record PastAttendanceRecorded(long courseId) {}
