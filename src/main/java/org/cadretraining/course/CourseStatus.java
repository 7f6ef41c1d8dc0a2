package org.cadretraining.course;

import java.util.EnumSet;
import java.util.Set;

/** Where a course is in its life, from planning to the archive; a course may be cancelled until it completes. */
public enum CourseStatus {
    DRAFT,
    NOMINATIONS_OPEN,
    NOMINATIONS_CLOSED,
    IN_PROGRESS,
    COMPLETED,
    ARCHIVED,
    CANCELLED;

    /** The states that wait for the organiser to start the course (开班): it starts from these, not from a draft. */
    public static Set<CourseStatus> awaitingStart() {
        return EnumSet.of(NOMINATIONS_OPEN, NOMINATIONS_CLOSED);
    }

    public boolean awaitsStart() {
        return awaitingStart().contains(this);
    }

    /** Before completion a course can still be changed, re-planned or cancelled. */
    public boolean beforeCompletion() {
        return this == DRAFT || this == NOMINATIONS_OPEN || this == NOMINATIONS_CLOSED || this == IN_PROGRESS;
    }
}
