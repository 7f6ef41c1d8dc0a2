package org.cadretraining.course;

/** Where a course is in its life, from planning to the archive; a course may be cancelled until it completes. */
public enum CourseStatus {
    DRAFT,
    NOMINATIONS_OPEN,
    NOMINATIONS_CLOSED,
    IN_PROGRESS,
    COMPLETED,
    ARCHIVED,
    CANCELLED;

    /** Before completion a course can still be changed, re-planned or cancelled. */
    public boolean beforeCompletion() {
        return this == DRAFT || this == NOMINATIONS_OPEN || this == NOMINATIONS_CLOSED || this == IN_PROGRESS;
    }
}
