package org.cadretraining.credit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator or an organiser sets the credit policy: carry-over, rank changes, the promotion deadline. */
@Controller
class CreditPolicyController {

    private final CreditPolicies policies;

    CreditPolicyController(CreditPolicies policies) {
        this.policies = policies;
    }

    @ModelAttribute("rankChanges")
    RankChange[] rankChanges() {
        return RankChange.values();
    }

    @GetMapping("/admin/credit/policy")
    String show(Model model) {
        requireRuleKeeper();
        model.addAttribute("policy", CreditPolicyForm.of(policies.current()));
        return "credit/policy";
    }

    @PostMapping("/admin/credit/policy")
    String save(
            @Valid @ModelAttribute("policy") CreditPolicyForm policy,
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireRuleKeeper();
        if (errors.hasErrors()) {
            response.setStatus(400);
            return "credit/policy";
        }
        policies.save(policy.policy(), CurrentUser.get());
        redirect.addFlashAttribute("notice", "credit.policy.saved");
        return "redirect:/admin/credit/policy";
    }

    private static void requireRuleKeeper() {
        if (!CreditPolicies.keepsRules(CurrentUser.get())) {
            throw DomainException.forbidden();
        }
    }
}
