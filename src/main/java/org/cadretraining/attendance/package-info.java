/**
 * Attendance at agenda items: check-in by a rotating signed QR code, by a staff device that works offline, or by
 * the organiser's hand with a reason; check-out and headcount on field-study legs; each trainee's status per item
 * (present, late, left early, on leave, absent) by the institution's thresholds. A check-in counts only while the
 * course is in progress and within the item's window; every refusal has a reason code and goes into the item's
 * failed-scan log; staff devices send under short-lived, revocable tokens of a grant. The first check-in wins; every
 * duplicate or conflicting scan is kept in an audit log.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "organisation", "course", "enrolment", "leave", "documents"})
package org.cadretraining.attendance;
