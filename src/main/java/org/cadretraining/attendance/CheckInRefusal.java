package org.cadretraining.attendance;

import java.util.Locale;

/**
 * Why a check-in did not count, as a code that devices and logs carry ({@code outside_window}) and a sentence in the
 * reader's language ({@code attendance.refusal.outside_window}).
 */
enum CheckInRefusal {
    /** The code, badge or scan is not genuine or not readable. */
    INVALID,
    /** A genuine rotating code whose 40 seconds are over. */
    EXPIRED,
    /** Before the item's check-in opens or after the item ends. */
    OUTSIDE_WINDOW,
    /** The course is not in progress: not yet open, or closed. */
    COURSE_NOT_RUNNING,
    /** The person holds no trainee's place in the course. */
    NOT_ENROLLED,
    /** The device's grant was revoked, or its holder is disabled or no longer runs the check-in. */
    REVOKED,
    /** Checked in before: the first check-in stands. */
    ALREADY_CHECKED_IN,
    /** The scan id was used before for another person or item. */
    SCAN_ID_CONFLICT,
    /** The item named is not an item of the course. */
    NOT_AN_ITEM_OF_COURSE,
    /** The scan claims a time before its device was given its token. */
    BEFORE_TOKEN,
    /** The scan claims a time later than now (beyond a device clock's slack). */
    IN_THE_FUTURE;

    /** The code as devices and the log carry it. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of the sentence that explains it. */
    String messageKey() {
        return "attendance.refusal." + code();
    }
}
