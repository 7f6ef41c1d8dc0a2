/**
 * Changes after nominations open: every change of a course's schedule becomes a numbered version with who, when and
 * what; the participants and speaking cadres it concerns are told in the application and, when SMTP is configured,
 * by email; and each cadre sees which courses changed since they last looked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "course", "enrolment"})
package org.cadretraining.notification;
