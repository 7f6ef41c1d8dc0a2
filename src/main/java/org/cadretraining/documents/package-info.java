/**
 * What a course gives out: its agenda as a PDF, its roster as a spreadsheet, a sign-in sheet per day, and calendars
 * (one per course, and a subscribable one per cadre behind a secret, revocable link). Who takes part comes from
 * {@link org.cadretraining.documents.CourseParticipants} and which courses are a cadre's from
 * {@link org.cadretraining.documents.CadreCourses}; the enrolment module supplies both.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "course"})
package org.cadretraining.documents;
