package org.cadretraining.organisation.importing;

/** Where a job stands: waiting, checking every row, writing them, or finished one of three ways. */
enum ImportStatus {
    QUEUED,
    CHECKING,
    WRITING,
    /** Every row was written. */
    DONE,
    /** Some rows were wrong, so none was written. */
    REJECTED,
    /** The job could not finish for another reason (an unreadable file, a lost node); nothing was written. */
    FAILED;

    boolean finished() {
        return this == DONE || this == REJECTED || this == FAILED;
    }
}
