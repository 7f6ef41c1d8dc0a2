package org.cadretraining.course;

import jakarta.validation.Valid;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Controller;
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

    private final TrainingRulesKeeper keeper;

    TrainingRulesController(TrainingRulesKeeper keeper) {
        this.keeper = keeper;
    }

    @ModelAttribute("eveningCredits")
    EveningCredit[] eveningCredits() {
        return EveningCredit.values();
    }

    @ModelAttribute("itemTypeCounts")
    ItemTypeCount[] itemTypeCounts() {
        return ItemTypeCount.values();
    }

    @GetMapping("/admin/training-rules")
    String show(Model model) {
        model.addAttribute("rules", TrainingRulesForm.of(keeper.current(CurrentUser.get())));
        return "course/training-rules";
    }

    @PostMapping("/admin/training-rules")
    String save(
            @Valid @ModelAttribute("rules") TrainingRulesForm rules,
            BindingResult errors,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        if (errors.hasErrors()) {
            // a refusal of rights comes before a word about the fields
            CourseRights.requireRuleKeeper(user);
            return "course/training-rules";
        }
        int courses = keeper.replace(rules.rules(), rules.itemTypes() != null, user);
        redirect.addFlashAttribute("notice", "course.rules.saved");
        redirect.addFlashAttribute("recredited", courses);
        return "redirect:/admin/training-rules";
    }
}
