package org.cadretraining.credit;

/** Declared → approved by the unit → confirmed by the organisation department; rejected at either step. */
enum ExternalStatus {
    DECLARED,
    UNIT_APPROVED,
    CONFIRMED,
    REJECTED
}
