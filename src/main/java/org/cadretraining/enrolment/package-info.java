/**
 * Enrolment in courses, nomination first (调训): places allocated per unit, nominations by unit liaisons within
 * their quota (which counts every place of their cadres), the organiser's approval, substitutes and replacements
 * (调换), direct enrolment, the waiting list, roles and study groups in a course, enrolling many (and setting many
 * units' places) in one step with a preview, and a cadre's own page with their courses and today's agenda.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "course", "documents"})
package org.cadretraining.enrolment;
