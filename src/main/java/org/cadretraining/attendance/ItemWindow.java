package org.cadretraining.attendance;

import java.time.Instant;
import java.util.Optional;
import org.cadretraining.course.CourseStatus;

/**
 * When check-in at one agenda item counts: while its course is in progress, from {@code opens} (a set number of
 * minutes before the start) until the item ends. A check-out counts from the same moment until as long after the
 * end as check-in opens before the start, since people leave when it is over.
 */
record ItemWindow(long itemId, long courseId, CourseStatus courseStatus, Instant opens, Instant starts, Instant ends) {

    /** Why a check-in at this moment does not count, or empty when it does. */
    Optional<CheckInRefusal> refusalAt(Instant at) {
        return refusalAt(at, Scan.Direction.IN);
    }

    /** Why a check-in or check-out at this moment does not count, or empty when it does. */
    Optional<CheckInRefusal> refusalAt(Instant at, Scan.Direction direction) {
        if (courseStatus != CourseStatus.IN_PROGRESS) {
            return Optional.of(CheckInRefusal.COURSE_NOT_RUNNING);
        }
        return within(at, direction) ? Optional.empty() : Optional.of(CheckInRefusal.OUTSIDE_WINDOW);
    }

    /** Whether the moment lies in the window, whatever the course's state. */
    boolean within(Instant at, Scan.Direction direction) {
        Instant closes = direction == Scan.Direction.IN ? ends : ends.plus(java.time.Duration.between(opens, starts));
        return !at.isBefore(opens) && (direction == Scan.Direction.IN ? at.isBefore(closes) : !at.isAfter(closes));
    }

    boolean openAt(Instant at) {
        return refusalAt(at).isEmpty();
    }
}
