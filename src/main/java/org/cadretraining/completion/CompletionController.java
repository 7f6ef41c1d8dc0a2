package org.cadretraining.completion;

import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
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

/**
 * The completion page of a course: for the organiser (and the class teacher, read only) each trainee's credited
 * 学时, leave, decision with reasons, reflection report and certificate; for a trainee their own result, how their
 * 学时 were credited, their reflection report and their certificate.
 */
@Controller
class CompletionController {

    private final CourseCatalog catalog;
    private final CompletionPage page;
    private final CompletionRules rules;
    private final Reflections reflections;

    CompletionController(CourseCatalog catalog, CompletionPage page, CompletionRules rules, Reflections reflections) {
        this.catalog = catalog;
        this.page = page;
        this.rules = rules;
        this.reflections = reflections;
    }

    @GetMapping("/courses/{courseId}/completion")
    String show(@PathVariable long courseId, Model model) {
        ReflectionForm form = new ReflectionForm();
        CurrentUser user = CurrentUser.get();
        if (user.cadreId() != null) {
            reflections.of(courseId, user.cadreId()).ifPresent(report -> form.setBody(report.body()));
        }
        return page.render(courseId, form, model);
    }

    @PostMapping("/courses/{courseId}/completion/rule")
    String saveRule(
            @PathVariable long courseId,
            @RequestParam(defaultValue = "false") boolean reflectionRequired,
            RedirectAttributes redirect) {
        CourseSummary course = course(courseId);
        if (!course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "completion.reflection.closed");
        }
        rules.requireReflection(courseId, reflectionRequired, CurrentUser.get());
        redirect.addFlashAttribute("notice", "completion.rule.saved");
        return "redirect:/courses/" + courseId + "/completion";
    }

    @PostMapping("/courses/{courseId}/reflection")
    String reflect(
            @PathVariable long courseId,
            @ModelAttribute("reflection") ReflectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        if (user.cadreId() == null) {
            throw DomainException.forbidden();
        }
        CourseSummary course = course(courseId);
        try {
            reflections.submit(
                    courseId, user.cadreId(), form.getBody(), course.status().beforeCompletion(), user);
        } catch (DomainException refusal) {
            FormErrors.reject(errors, refusal);
            return page.render(courseId, form, model);
        }
        redirect.addFlashAttribute("notice", "completion.reflection.saved");
        return "redirect:/courses/" + courseId + "/completion";
    }

    private CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("completion.course.notFound"));
    }
}
