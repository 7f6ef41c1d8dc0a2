package org.cadretraining.course;

import jakarta.validation.Valid;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator or the organiser edits the institution's training rules. A save applies at once to the 学时 of
 * every course not yet completed.
 */
@Controller
class TrainingRulesController {

    private final TrainingRulesStore store;
    private final AgendaPlanner agendaPlanner;

    TrainingRulesController(TrainingRulesStore store, AgendaPlanner agendaPlanner) {
        this.store = store;
        this.agendaPlanner = agendaPlanner;
    }

    @ModelAttribute("eveningCredits")
    EveningCredit[] eveningCredits() {
        return EveningCredit.values();
    }

    @GetMapping("/admin/training-rules")
    String show(Model model) {
        requireRuleKeeper();
        model.addAttribute("rules", TrainingRulesForm.of(store.current()));
        return "course/training-rules";
    }

    @PostMapping("/admin/training-rules")
    @Transactional
    String save(
            @Valid @ModelAttribute("rules") TrainingRulesForm rules,
            BindingResult errors,
            RedirectAttributes redirect) {
        CurrentUser user = requireRuleKeeper();
        if (errors.hasErrors()) {
            return "course/training-rules";
        }
        store.save(rules.rules(), user.username());
        int courses = agendaPlanner.recreditCoursesBeforeCompletion();
        redirect.addFlashAttribute("notice", "course.rules.saved");
        redirect.addFlashAttribute("recredited", courses);
        return "redirect:/admin/training-rules";
    }

    private static CurrentUser requireRuleKeeper() {
        CurrentUser user = CurrentUser.get();
        if (!user.has(Role.ADMINISTRATOR) && !user.has(Role.ORGANISER)) {
            throw DomainException.forbidden();
        }
        return user;
    }
}
