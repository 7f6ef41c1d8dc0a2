package org.cadretraining.enrolment;

/** Where a cadre's place in a course stands. Nominated and approved places count against quota and capacity. */
public enum EnrolmentStatus {
    NOMINATED,
    APPROVED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN,
    CANCELLED;

    /** Still in the course or waiting for it. */
    public boolean live() {
        return this == NOMINATED || this == APPROVED || this == WAITLISTED;
    }

    /** Freed places can be refilled by a substitute. */
    public boolean freed() {
        return this == REJECTED || this == WITHDRAWN;
    }
}
