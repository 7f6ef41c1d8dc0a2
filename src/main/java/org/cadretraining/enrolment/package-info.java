/**
 * Enrolment in courses, nomination first (调训): places allocated per unit, nominations by unit liaisons within
 * their quota, the organiser's approval, substitutes, direct enrolment, the waiting list, roles and study groups in
 * a course, enrolling many in one step with a preview (organisers directly, liaisons within their quota), and a
 * cadre's own page with their courses and today's agenda.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "course", "documents"})
package org.cadretraining.enrolment;
