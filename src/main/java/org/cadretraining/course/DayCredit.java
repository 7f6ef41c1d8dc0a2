package org.cadretraining.course;

import java.util.EnumSet;
import java.util.Set;

/**
 * The half-day blocks of one day reckoned in time order under the training rules: each block's quarters by the
 * half-day rule or its length, the evening by the institution's setting, and the daily cap over them. The one home of
 * that arithmetic; made by {@link TrainingRules#dayCredit()}, used once per day.
 */
public final class DayCredit {

    /** What one block of the day earns, in quarters, and which rules decided it. */
    public record BlockCredit(long quarters, Set<CreditBasis> bases) {
        public BlockCredit {
            bases = Set.copyOf(bases);
        }
    }

    private final TrainingRules rules;
    private long dayLeft;

    DayCredit(TrainingRules rules) {
        this.rules = rules;
        this.dayLeft = rules.hoursPerDay().quarters();
    }

    /**
     * The block's quarters for {@code scheduledMinutes} scheduled in it (overlaps counted once). Blocks must be asked
     * in time order, since a block counted against the day's allowance takes what the earlier ones left.
     */
    public BlockCredit block(DayBlock block, long scheduledMinutes) {
        if (block == DayBlock.EVENING && rules.eveningCredit() == EveningCredit.NONE) {
            return new BlockCredit(0, EnumSet.of(CreditBasis.EVENING_NONE));
        }
        if (block == DayBlock.EVENING && rules.eveningCredit() == EveningCredit.BY_MINUTES) {
            return new BlockCredit(rateQuarters(scheduledMinutes), EnumSet.of(CreditBasis.EVENING_BY_MINUTES));
        }
        boolean full = scheduledMinutes >= rules.minutesPerHalfDay();
        long byRule = rateQuarters(Math.min(scheduledMinutes, rules.minutesPerHalfDay()));
        Set<CreditBasis> bases = EnumSet.of(full ? CreditBasis.HALF_DAY : CreditBasis.BY_LENGTH);
        long quarters = byRule;
        if (byRule > dayLeft) {
            quarters = dayLeft;
            bases.add(CreditBasis.DAILY_CAP);
        }
        dayLeft -= quarters;
        return new BlockCredit(quarters, bases);
    }

    /** Minutes at the half-day rate, to the nearest quarter, halves rounded up. */
    private long rateQuarters(long minutes) {
        long full = rules.hoursPerHalfDay().quarters();
        long perHalfDay = rules.minutesPerHalfDay();
        return (2 * full * minutes + perHalfDay) / (2 * perHalfDay);
    }
}
