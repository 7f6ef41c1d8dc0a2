package org.cadretraining.credit;

import java.time.Year;
import org.cadretraining.shared.CreditHours;

/**
 * What cadres of a rank tier must earn in a category: {@code hours} within a window of {@code periodYears}
 * calendar years ending with the current one (5 = the current year and the four before it; 1 = this year).
 */
record Requirement(String tier, CreditCategory category, CreditHours hours, int periodYears) {

    static final String COUNTY_AND_ABOVE = "COUNTY_AND_ABOVE";
    static final String SECTION_AND_BELOW = "SECTION_AND_BELOW";

    /** The first year of the window that ends with {@code current}. */
    int firstYear(Year current) {
        return current.getValue() - periodYears + 1;
    }
}
