package org.cadretraining.credit;

import org.cadretraining.shared.CreditHours;

/** What a cadre earned in one calendar year, per category, counting only the latest entry of each correction chain. */
public record YearTotals(int year, CreditHours fullTime, CreditHours online) {

    public CreditHours of(CreditCategory category) {
        return category == CreditCategory.FULL_TIME ? fullTime : online;
    }
}
