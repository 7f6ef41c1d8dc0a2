package org.cadretraining.leave;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leave page of a course, and asking for leave on it: a trainee for themselves, the organiser for a trainee. The
 * decisions taken on the page are {@link LeaveDecisionController}'s.
 */
@Controller
class LeaveController {

    private final LeaveAsking asking;
    private final LeavePage page;

    LeaveController(LeaveAsking asking, LeavePage page) {
        this.asking = asking;
        this.page = page;
    }

    @GetMapping("/courses/{courseId}/leave")
    String show(@PathVariable long courseId, Model model) {
        return page.render(courseId, page.emptyForm(), null, model);
    }

    @PostMapping("/courses/{courseId}/leave")
    String ask(
            @PathVariable long courseId,
            @ModelAttribute("leave") LeaveForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        Long cadreId = user.actsForInstitution() && form.getCadreId() != null ? form.getCadreId() : user.cadreId();
        if (cadreId == null) {
            throw DomainException.forbidden();
        }
        Set<Long> items = new LinkedHashSet<>(form.getItemIds());
        for (LocalDate day : form.getDays()) {
            items.addAll(asking.itemsOn(courseId, day));
        }
        try {
            asking.ask(courseId, cadreId, items, form.getReason(), user);
        } catch (DomainException refusal) {
            FormErrors.reject(errors, refusal);
            return page.render(courseId, form, null, model);
        }
        redirect.addFlashAttribute("notice", "leave.ask.done");
        return "redirect:/courses/" + courseId + "/leave";
    }
}
