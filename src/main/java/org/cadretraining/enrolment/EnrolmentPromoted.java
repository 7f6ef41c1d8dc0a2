package org.cadretraining.enrolment;

/** A cadre moved from the waiting list into a freed place; a notifications module may also email them. */
public record EnrolmentPromoted(long enrolmentId, long courseId, long cadreId) {}
