/**
 * The annual training plan (年度培训计划): the courses planned for a year with their audience, places, months, budget
 * and the requirement each serves; drafted by the organisation department, approved by the Party committee, changed
 * with a reason afterwards; courses created from its items; planned against held, and which requirements it covers.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organisation", "course", "enrolment", "credit"})
package org.cadretraining.plan;
