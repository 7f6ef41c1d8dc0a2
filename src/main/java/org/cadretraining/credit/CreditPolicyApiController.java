package org.cadretraining.credit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/credit-policy")
@Tag(
        name = "Credit policy",
        description = "Where the regulations leave the institution a choice: whether hours above a yearly requirement"
                + " carry into the next year (carryOver, default false), how a rank change within a requirement's"
                + " period counts (rankChange: FROM_CHANGE, the new tier's whole requirement, or PRO_RATA, each"
                + " tier's yearly share for the time held), and the months a cadre promoted to county level has to"
                + " meet the five-year requirement (promotionMonths, 12). For the administrator and the organisers.")
class CreditPolicyApiController {

    private final CreditPolicies policies;

    CreditPolicyApiController(CreditPolicies policies) {
        this.policies = policies;
    }

    @GetMapping
    @Operation(summary = "The credit policy in force")
    CreditPolicyForm get() {
        requireRuleKeeper();
        return CreditPolicyForm.of(policies.current());
    }

    @PutMapping
    @Operation(summary = "Replace the credit policy", description = "Every field is checked as on the policy page.")
    CreditPolicyForm put(@Valid @RequestBody CreditPolicyForm policy) {
        requireRuleKeeper();
        policies.save(policy.policy(), CurrentUser.get());
        return CreditPolicyForm.of(policies.current());
    }

    private static void requireRuleKeeper() {
        if (!CreditPolicies.keepsRules(CurrentUser.get())) {
            throw DomainException.forbidden();
        }
    }
}
