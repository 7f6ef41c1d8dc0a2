package org.cadretraining.course;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CourseViewController {

    private final CoursePlanner planner;
    private final CourseSearch search;
    private final ProgrammeView programmes;
    private final CourseFormChoices choices;
    private final CourseWhoView whoView;
    private final MessageSource messages;
    private final CreditRule creditRule;
    private final CourseSteps steps;
    private final CoursePageLinks pageLinks;

    CourseViewController(
            CoursePlanner planner,
            CourseSearch search,
            ProgrammeView programmes,
            CourseFormChoices choices,
            CourseWhoView whoView,
            MessageSource messages,
            CreditRule creditRule,
            CourseSteps steps,
            CoursePageLinks pageLinks) {
        this.steps = steps;
        this.pageLinks = pageLinks;
        this.messages = messages;
        this.creditRule = creditRule;
        this.planner = planner;
        this.search = search;
        this.programmes = programmes;
        this.choices = choices;
        this.whoView = whoView;
    }

    @GetMapping("/courses")
    String list(
            @ModelAttribute("criteria") CourseCriteria criteria,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("result", search.search(criteria, user));
        if (htmx != null) {
            return "course/courses :: results";
        }
        model.addAttribute("mayPlan", CourseRights.mayPlan(user));
        model.addAttribute("statuses", CourseStatus.values());
        model.addAttribute("categories", TrainingCategory.values());
        model.addAttribute("forms", TrainingForm.values());
        return "course/courses";
    }

    @GetMapping("/courses/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, model, "course/course");
    }

    @GetMapping("/courses/{id}/programme")
    String printable(@PathVariable long id, Model model) {
        return page(id, model, "course/programme");
    }

    @PostMapping("/courses/{id}/status")
    String take(
            @PathVariable long id,
            @RequestParam String action,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CourseTransition transition = CourseTransition.bySlug(action)
                .orElseThrow(() -> DomainException.invalid("action", "course.transition.unknown"));
        try {
            steps.take(id, transition, reason, confirm, CurrentUser.get());
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN) {
                throw refusal;
            }
            response.setStatus(refusal.kind().status());
            model.addAttribute(
                    "refusal",
                    messages.getMessage(refusal.messageKey(), refusal.arguments(), LocaleContextHolder.getLocale()));
            model.addAttribute("refusalField", refusal.field());
            model.addAttribute("reason", reason);
            return page(id, model, "course/course");
        }
        redirect.addFlashAttribute("notice", "course.transition.done." + transition);
        return "redirect:/courses/" + id;
    }

    @GetMapping("/courses/new")
    String newCourse(Model model) {
        CourseRights.requirePlanner(CurrentUser.get());
        return form(model, CourseForm.empty(), null);
    }

    @PostMapping("/courses")
    String create(
            @Valid @ModelAttribute("course") CourseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CourseRights.requirePlanner(CurrentUser.get());
        if (!errors.hasErrors()) {
            try {
                Course course = planner.create(form.toDetails(), form.duplicateConfirmed(), CurrentUser.get());
                redirect.addFlashAttribute("notice", "course.saved");
                return "redirect:/courses/" + course.id();
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/courses/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseRights.requirePlanner(user);
        return form(model, CourseForm.of(CourseDetails.of(planner.get(id, user))), id);
    }

    @PostMapping("/courses/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("course") CourseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CourseRights.requirePlanner(CurrentUser.get());
        if (!errors.hasErrors()) {
            try {
                planner.update(id, form.toDetails(), form.duplicateConfirmed(), CurrentUser.get());
                redirect.addFlashAttribute("notice", "course.saved");
                return "redirect:/courses/" + id;
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        return form(model, form, id);
    }

    private String page(long id, Model model, String view) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("programme", programmes.of(id, user));
        model.addAttribute("who", whoView.of(planner.get(id, user)));
        model.addAttribute("mayPlan", CourseRights.mayPlan(user));
        model.addAttribute("credit", creditRule.current());
        model.addAttribute("moduleLinks", pageLinks.of(id, user));
        return view;
    }

    private String form(Model model, CourseForm form, Long id) {
        model.addAttribute("course", form);
        model.addAttribute("courseId", id);
        choices.addTo(model);
        return "course/course-form";
    }
}
