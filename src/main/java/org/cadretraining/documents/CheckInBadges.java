package org.cadretraining.documents;

import org.cadretraining.shared.CurrentUser;

/**
 * What the printed desk documents (badges, table cards, room list) need from check-in: the signed personal code a
 * staff device accepts, and who runs a course's desk. The attendance module implements it, so that the code printed
 * is the very code its devices check and the rule of who runs a course is written once, there; documents cannot
 * call attendance directly, because attendance already depends on enrolment, which depends on documents.
 */
public interface CheckInBadges {

    /** The text of the cadre's personal check-in QR code. */
    String badgeCode(long cadreId);

    /** Whether the user runs the course's desk: an organiser, or the class teacher of that course. */
    boolean runsCourse(long courseId, CurrentUser user);
}
