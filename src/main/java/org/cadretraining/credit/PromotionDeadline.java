package org.cadretraining.credit;

import java.time.LocalDate;

/**
 * The promotion rule: a cadre promoted to county level or above who has not met the five-year requirement must meet
 * it within the policy's months (12) of the promotion. Only a promotion inside the five-year window sets a deadline:
 * an older one is simply part of the cadre's years at county level.
 */
record PromotionDeadline(LocalDate promotedOn, LocalDate deadline, boolean late) {

    /** The deadline of a cadre promoted on {@code promotedOn}, or null when none applies. */
    static PromotionDeadline of(
            LocalDate promotedOn, LocalDate windowStart, boolean met, CreditPolicy policy, LocalDate today) {
        if (promotedOn == null || met || promotedOn.isBefore(windowStart)) {
            return null;
        }
        LocalDate deadline = promotedOn.plusMonths(policy.promotionMonths());
        return new PromotionDeadline(promotedOn, deadline, today.isAfter(deadline));
    }
}
