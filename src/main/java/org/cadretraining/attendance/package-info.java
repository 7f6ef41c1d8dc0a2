/**
 * Attendance at agenda items: check-in by a rotating signed QR code, by a staff device that works offline, or by
 * the organiser's hand with a reason; check-out and headcount on field-study legs; each trainee's status per item
 * (present, late, left early, on leave, absent) by the institution's thresholds. A check-in counts only while the
 * course is in progress and within the item's window; every refusal has a reason code and goes into the item's
 * failed-scan log; staff devices send under short-lived, revocable tokens of a grant. The first check-in wins; every
 * duplicate or conflicting scan is kept in an audit log.
 *
 * <p>A field study counts heads at four legs (depart, arrive, leave the site, return) per vehicle, and shows who is
 * missing right now on each ({@link org.cadretraining.attendance.FieldHeadcount}). The legs are kept apart, in
 * {@code attendance_leg} ({@link org.cadretraining.attendance.FieldLegDesk}), and check-in and check-out stay as
 * they are: a depart count is also written as the check-in and a leave-the-site count as the check-out, under the
 * same scan id and through the same writer, so presence, minutes, statuses and every rule on IN/OUT are unchanged,
 * and arriving and returning only count heads. A leg scan is refused for the same reasons as a check-in.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "organisation", "course", "enrolment", "leave", "documents"})
package org.cadretraining.attendance;
