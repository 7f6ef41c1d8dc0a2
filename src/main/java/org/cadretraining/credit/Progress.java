package org.cadretraining.credit;

import org.cadretraining.shared.CreditHours;

/** How far a cadre is toward one requirement, over the years of its window. */
record Progress(CreditCategory category, int firstYear, int lastYear, CreditHours required, CreditHours earned) {

    public CreditHours shortfall() {
        return earned.compareTo(required) >= 0 ? CreditHours.ZERO : required.minus(earned);
    }

    public boolean met() {
        return shortfall().isZero();
    }

    /** The share met, 0 to 100, for the progress bar. */
    public int percent() {
        if (required.isZero() || met()) {
            return 100;
        }
        return (int) (earned.quarters() * 100 / required.quarters());
    }

    public boolean annual() {
        return firstYear == lastYear;
    }
}
