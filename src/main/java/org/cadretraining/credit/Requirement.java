package org.cadretraining.credit;

import java.time.Year;
import org.cadretraining.shared.CreditHours;

/**
 * What cadres of a rank tier must earn in a category: {@code hours} within a window of {@code periodYears}
 * calendar years ending with the current one (5 = the current year and the four before it; 1 = this year), or,
 * where {@code days} is set, that many days of full-time training in the same window (the regulations' "550 学时 or
 * three months", "90 学时 or 12 days").
 */
record Requirement(String tier, CreditCategory category, CreditHours hours, int periodYears, Integer days) {

    static final String COUNTY_AND_ABOVE = "COUNTY_AND_ABOVE";
    static final String SECTION_AND_BELOW = "SECTION_AND_BELOW";

    /** A requirement met by hours only. */
    Requirement(String tier, CreditCategory category, CreditHours hours, int periodYears) {
        this(tier, category, hours, periodYears, null);
    }

    /** The first year of the window that ends with {@code current}. */
    int firstYear(Year current) {
        return current.getValue() - periodYears + 1;
    }

    /** A yearly requirement: the only kind whose surplus may carry into the next year. */
    boolean yearly() {
        return periodYears == 1;
    }
}
