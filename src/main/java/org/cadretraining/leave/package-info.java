/**
 * Leave (请假) from a course: a cadre asks for leave from agenda items with a reason; a class teacher approves up
 * to half a day, the organiser longer; approved leave is held against the cap of 1/7 of the course's 学时, and a
 * cadre whose leave exceeds it is withdrawn (退学) from the course. Next to each request the page shows what the leave
 * would do to completion, as the completion module says through {@link org.cadretraining.leave.LeaveOutlook}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "course", "enrolment"})
package org.cadretraining.leave;
