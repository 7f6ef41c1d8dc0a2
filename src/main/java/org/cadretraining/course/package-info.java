/**
 * Training courses: their details, status from draft to archive, the agenda with its 学时 and conflict checks, and
 * the registers of lecturers (师资库) and sites they draw on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation"})
package org.cadretraining.course;
