package org.cadretraining.credit;

import org.cadretraining.shared.CreditHours;

/**
 * How far a cadre is toward one requirement, over the years of its window: the hours required (pro rata after a
 * rank change where the policy says so) and earned, of which {@code carried} came over from last year, and where
 * days of full-time training may meet it instead, the days required and had; which way it is met; and the deadline
 * a promotion to county level set, if any; {@code wholeRequired} is the tier's whole requirement, which {@code
 * required} falls short of only pro rata after a rank change.
 */
record Progress(
        CreditCategory category,
        int firstYear,
        int lastYear,
        CreditHours required,
        CreditHours earned,
        CreditHours carried,
        Integer requiredDays,
        int earnedDays,
        MetBy metBy,
        PromotionDeadline promotion,
        CreditHours wholeRequired) {

    /** A requirement met by hours only, with nothing carried and no promotion. */
    Progress(CreditCategory category, int firstYear, int lastYear, CreditHours required, CreditHours earned) {
        this(
                category,
                firstYear,
                lastYear,
                required,
                earned,
                CreditHours.ZERO,
                null,
                0,
                MetBy.of(earned.compareTo(required) >= 0, false),
                null,
                required);
    }

    /** Whether the hours required are a pro rata share after a rank change, not the tier's whole requirement. */
    public boolean prorated() {
        return !required.equals(wholeRequired);
    }

    public CreditHours shortfall() {
        return met() || earned.compareTo(required) >= 0 ? CreditHours.ZERO : required.minus(earned);
    }

    public boolean met() {
        return metBy != MetBy.NOT_YET;
    }

    public boolean metByDays() {
        return metBy == MetBy.DAYS;
    }

    public boolean byDaysPossible() {
        return requiredDays != null;
    }

    /** The share met, 0 to 100, for the progress bar: the further of the two ways. */
    public int percent() {
        if (required.isZero() || met()) {
            return 100;
        }
        int byHours = (int) (earned.quarters() * 100 / required.quarters());
        int byDays = requiredDays == null || requiredDays == 0 ? 0 : Math.min(99, earnedDays * 100 / requiredDays);
        return Math.max(byHours, byDays);
    }

    public boolean annual() {
        return firstYear == lastYear;
    }
}
