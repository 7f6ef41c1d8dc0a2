package org.cadretraining.enrolment;

/**
 * Where a cadre's place in a course stands. Nominated and approved places count against quota and capacity; a place
 * discontinued (退学) counts against quota only.
 */
public enum EnrolmentStatus {
    NOMINATED,
    APPROVED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN,
    CANCELLED,
    /**
     * Withdrawn from the course by its rules (退学: approved leave past the cap), with who, when and why. Unlike a
     * place given up ({@link #WITHDRAWN}) it is not freed for a substitute and still counts against its unit's quota.
     */
    DISCONTINUED;

    /** Still in the course or waiting for it. */
    public boolean live() {
        return this == NOMINATED || this == APPROVED || this == WAITLISTED;
    }

    /** Freed places can be refilled by a substitute. */
    public boolean freed() {
        return this == REJECTED || this == WITHDRAWN;
    }
}
