/**
 * Figures for the Organization Department and each person's home page: what needs doing, then how things stand. It
 * reads the other modules through their public APIs and read-only queries of its own, and writes nothing to them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "course", "enrolment", "credit", "attendance", "evaluation", "documents"})
package org.cadretraining.report;
