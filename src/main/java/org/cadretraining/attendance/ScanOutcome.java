package org.cadretraining.attendance;

/** What became of a scan a desk received; every one is kept in the audit log. */
enum ScanOutcome {
    /** It counted. */
    RECORDED,
    /** A retry of a scan already recorded (same scan id): counted once. */
    DUPLICATE,
    /** A later check-in of someone already checked in: the first one stands, this one is only kept. */
    CONFLICT,
    /** Not for this course, not a trainee of it, or otherwise not acceptable. */
    REFUSED
}
