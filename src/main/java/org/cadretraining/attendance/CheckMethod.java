package org.cadretraining.attendance;

/** How a check-in or check-out was recorded. */
public enum CheckMethod {
    /** The trainee scanned the rotating code on the screen with their own phone. */
    ROTATING_CODE,
    /** A staff device: a tap on the roster. */
    STAFF_TAP,
    /** A staff device: a scan of the trainee's personal badge. */
    BADGE_SCAN,
    /** The organiser, with a reason. */
    MANUAL
}
