package org.cadretraining.attendance;

/**
 * A trainee's status at an agenda item. {@code EXPECTED}: the item has not ended and they have not checked in yet.
 */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    LEFT_EARLY,
    ON_LEAVE,
    ABSENT,
    EXPECTED;

    /** Whether the trainee was there at all. */
    public boolean attended() {
        return this == PRESENT || this == LATE || this == LEFT_EARLY;
    }
}
