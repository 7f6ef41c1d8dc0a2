package org.cadretraining.course;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cadretraining.shared.CreditHours;

/**
 * How one kind of agenda item earns 学时: by the day rule, by its length at {@code minutesPerHour} minutes a 学时
 * (to the nearest quarter, halves up), a fixed figure, or nothing. The one home of that arithmetic.
 */
public record ItemTypeRule(ItemTypeCount count, int minutesPerHour, CreditHours fixedHours) {

    /** Counted by the day and half-day rule; 45 minutes a 学时 and 2 学时 are what the page offers when switched. */
    public static final ItemTypeRule DAY_RULE = new ItemTypeRule(ItemTypeCount.DAY_RULE, 45, CreditHours.of("2"));

    public ItemTypeRule {
        if (minutesPerHour < 1) {
            throw new IllegalArgumentException("minutes per 学时 must be positive: " + minutesPerHour);
        }
    }

    public boolean byDayRule() {
        return count == ItemTypeCount.DAY_RULE;
    }

    /** The 学时 of an item of {@code minutes} under this rule; only for rules other than the day rule. */
    public CreditHours hoursFor(long minutes) {
        return switch (count) {
            case BY_LENGTH ->
                CreditHours.nearestQuarter(BigDecimal.valueOf(minutes)
                        .divide(BigDecimal.valueOf(minutesPerHour), 6, RoundingMode.HALF_UP));
            case FIXED -> fixedHours;
            case NONE -> CreditHours.ZERO;
            case DAY_RULE -> throw new IllegalStateException("the day rule reckons an item among its day's items");
        };
    }

    /** Why the item earned its figure, for its explanation. */
    public CreditBasis basis() {
        return switch (count) {
            case BY_LENGTH -> CreditBasis.ITEM_TYPE_BY_LENGTH;
            case FIXED -> CreditBasis.ITEM_TYPE_FIXED;
            case NONE -> CreditBasis.ITEM_TYPE_NONE;
            case DAY_RULE -> throw new IllegalStateException("the day rule names its own bases");
        };
    }
}
