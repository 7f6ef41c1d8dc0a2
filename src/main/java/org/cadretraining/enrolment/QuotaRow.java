package org.cadretraining.enrolment;

/**
 * A unit's places in a course and how many of them its nominations use (waiting ones included), of which
 * {@code withdrawn} were withdrawn from the course (退学) and stay used.
 */
record QuotaRow(long unitId, int places, int used, int withdrawn) {

    int remaining() {
        return Math.max(0, places - used);
    }
}
