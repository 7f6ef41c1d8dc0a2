/**
 * Credit hours (学时) a cadre has earned: the ledger of entries from courses, external training and online learning,
 * each with its year, category, source and an explanation a person can read; corrections as new entries; the
 * requirements by rank and the compliance of units and cadres against them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organisation", "organisation :: sheets"})
package org.cadretraining.credit;
