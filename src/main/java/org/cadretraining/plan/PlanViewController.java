package org.cadretraining.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan page of a year: its items, planned against held, coverage and history; adding items, the approval. */
@Controller
class PlanViewController {

    private final AnnualPlans plans;
    private final PlanPage page;

    PlanViewController(AnnualPlans plans, PlanPage page) {
        this.plans = plans;
        this.page = page;
    }

    @GetMapping("/plan")
    String show(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.get();
        int shown = year == null ? page.thisYear() : PlanPage.checkedYear(year);
        return page.show(shown, model, user);
    }

    @PostMapping("/plan/{year}/items")
    String add(
            @PathVariable int year,
            @Valid @ModelAttribute("item") PlanItemForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        PlanRights.requireEditor(user);
        PlanPage.checkedYear(year);
        PlanItemChecks.check(form, errors);
        if (!errors.hasErrors()) {
            try {
                plans.add(form.toItem(null, year), form.getReason(), user);
                redirect.addFlashAttribute("notice", "plan.item.added");
                return "redirect:/plan?year=" + year;
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        response.setStatus(400);
        return page.show(year, model, user);
    }

    @PostMapping("/plan/{year}/submit")
    String submit(@PathVariable int year, RedirectAttributes redirect) {
        plans.submit(PlanPage.checkedYear(year), CurrentUser.get());
        redirect.addFlashAttribute("notice", "plan.submitted");
        return "redirect:/plan?year=" + year;
    }

    @PostMapping("/plan/{year}/approve")
    String approve(
            @PathVariable int year,
            @ModelAttribute("approval") ApprovalForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        PlanRights.requireEditor(user);
        PlanPage.checkedYear(year);
        if (!errors.hasErrors()) {
            try {
                plans.approve(year, form.getApprovingBody(), form.getApprovedOn(), user);
                redirect.addFlashAttribute("notice", "plan.approved");
                return "redirect:/plan?year=" + year;
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        response.setStatus(400);
        return page.show(year, model, user);
    }
}
