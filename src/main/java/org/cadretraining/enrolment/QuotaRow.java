package org.cadretraining.enrolment;

/** A unit's places in a course and how many of them its nominations use (waiting ones included). */
record QuotaRow(long unitId, int places, int used) {

    int remaining() {
        return Math.max(0, places - used);
    }
}
