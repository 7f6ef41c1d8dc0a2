package org.cadretraining.attendance;

/** How a trainee missed part of an item of a course recorded after it took place; everyone else was present. */
enum PastStatus {
    ABSENT,
    ON_LEAVE,
    LATE,
    LEFT_EARLY;

    /** Late arrival and early leaving are at one item, at a time the organiser gives. */
    boolean needsTime() {
        return this == LATE || this == LEFT_EARLY;
    }
}
