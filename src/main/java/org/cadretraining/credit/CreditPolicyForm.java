package org.cadretraining.credit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The credit policy as the policy page and {@code PUT /api/v1/credit-policy} edit it; kept on error. */
record CreditPolicyForm(
        boolean carryOver,

        @NotNull(message = "{credit.policy.rankChangeRequired}")
        RankChange rankChange,

        @NotNull(message = "{credit.policy.promotionMonthsInvalid}")
        @Min(value = 1, message = "{credit.policy.promotionMonthsInvalid}")
        @Max(value = 60, message = "{credit.policy.promotionMonthsInvalid}")
        Integer promotionMonths) {

    static CreditPolicyForm of(CreditPolicy policy) {
        return new CreditPolicyForm(policy.carryOver(), policy.rankChange(), policy.promotionMonths());
    }

    CreditPolicy policy() {
        return new CreditPolicy(carryOver, rankChange, promotionMonths);
    }
}
