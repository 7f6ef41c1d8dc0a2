package org.cadretraining.attendance;

import java.time.Instant;

/**
 * One trainee at one agenda item: the status, the first check-in and the last check-out after it (null when none),
 * whether they came late or left early, and the minutes of the item they attended out of its length.
 */
public record ItemAttendance(
        long itemId,
        long cadreId,
        AttendanceStatus status,
        Instant checkedInAt,
        Instant checkedOutAt,
        boolean late,
        boolean leftEarly,
        long minutesAttended,
        long itemMinutes) {}
