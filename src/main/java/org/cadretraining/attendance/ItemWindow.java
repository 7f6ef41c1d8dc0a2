package org.cadretraining.attendance;

import java.time.Instant;
import java.util.Optional;
import org.cadretraining.course.CourseStatus;

/**
 * When check-in at one agenda item counts: while its course is in progress, from {@code opens} (a set number of
 * minutes before the start) until the item ends.
 */
record ItemWindow(long itemId, long courseId, CourseStatus courseStatus, Instant opens, Instant starts, Instant ends) {

    /** Why a check-in at this moment does not count, or empty when it does. */
    Optional<CheckInRefusal> refusalAt(Instant at) {
        if (courseStatus != CourseStatus.IN_PROGRESS) {
            return Optional.of(CheckInRefusal.COURSE_NOT_RUNNING);
        }
        if (at.isBefore(opens) || !at.isBefore(ends)) {
            return Optional.of(CheckInRefusal.OUTSIDE_WINDOW);
        }
        return Optional.empty();
    }

    boolean openAt(Instant at) {
        return refusalAt(at).isEmpty();
    }
}
