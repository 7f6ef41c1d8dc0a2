package org.cadretraining.plan;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
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

/** One plan item: changing or withdrawing it (with a reason once approved), creating a course from it, its costs. */
@Controller
class PlanItemViewController {

    private final AnnualPlans plans;
    private final PlanCourses courses;
    private final PlanPage page;

    PlanItemViewController(AnnualPlans plans, PlanCourses courses, PlanPage page) {
        this.plans = plans;
        this.courses = courses;
        this.page = page;
    }

    @GetMapping("/plan/items/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        PlanRights.requireEditor(user);
        PlanItem item = plans.item(id, user);
        model.addAttribute("item", PlanItemForm.of(item));
        model.addAttribute("course", CourseFromItemForm.prefilled(item));
        return itemPage(item, model, user);
    }

    @PostMapping("/plan/items/{id}")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("item") PlanItemForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        PlanRights.requireEditor(user);
        PlanItem item = plans.item(id, user);
        PlanItemChecks.check(form, errors);
        if (!errors.hasErrors()) {
            try {
                plans.change(id, form.toItem(id, item.year()), form.getReason(), user);
                redirect.addFlashAttribute("notice", "plan.item.changed");
                return "redirect:/plan?year=" + item.year();
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        response.setStatus(400);
        model.addAttribute("course", CourseFromItemForm.prefilled(item));
        return itemPage(item, model, user);
    }

    @PostMapping("/plan/items/{id}/withdraw")
    String withdraw(
            @PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        PlanItem item = plans.item(id, user);
        plans.withdraw(id, reason, user);
        redirect.addFlashAttribute("notice", "plan.item.withdrawn");
        return "redirect:/plan?year=" + item.year();
    }

    @PostMapping("/plan/items/{id}/courses")
    String createCourse(
            @PathVariable long id,
            @Valid @ModelAttribute("course") CourseFromItemForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        PlanRights.requireEditor(user);
        PlanItem item = plans.item(id, user);
        if (!errors.hasErrors()) {
            try {
                long courseId = courses.create(id, form.toCourse(), user);
                redirect.addFlashAttribute("notice", "plan.course.created");
                return "redirect:/courses/" + courseId + "/edit";
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        response.setStatus(400);
        model.addAttribute("item", PlanItemForm.of(item));
        return itemPage(item, model, user);
    }

    @PostMapping("/plan/courses/{courseId}/cost")
    String recordCost(
            @PathVariable long courseId,
            @RequestParam BigDecimal actualCost,
            @RequestParam int year,
            RedirectAttributes redirect) {
        courses.recordCost(courseId, actualCost, CurrentUser.get());
        redirect.addFlashAttribute("notice", "plan.course.costRecorded");
        return "redirect:/plan?year=" + PlanPage.checkedYear(year);
    }

    private String itemPage(PlanItem item, Model model, CurrentUser user) {
        model.addAttribute("planItem", item);
        model.addAttribute("plan", plans.plan(item.year(), user).orElseThrow());
        page.choices(model);
        return "plan/item";
    }
}
