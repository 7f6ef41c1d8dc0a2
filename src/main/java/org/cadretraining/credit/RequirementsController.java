package org.cadretraining.credit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator edits the requirements by rank tier. */
@Controller
class RequirementsController {

    private final Requirements requirements;

    RequirementsController(Requirements requirements) {
        this.requirements = requirements;
    }

    @GetMapping("/admin/credit/requirements")
    String edit(Model model) {
        requireAdministrator();
        model.addAttribute("requirements", RequirementsForm.of(requirements.all()));
        return "credit/requirements";
    }

    @PostMapping("/admin/credit/requirements")
    String save(
            @ModelAttribute("requirements") RequirementsForm form,
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireAdministrator();
        List<Requirement> checked = form.check(errors, requirements.all());
        if (errors.hasErrors()) {
            response.setStatus(400);
            return "credit/requirements";
        }
        requirements.save(checked, CurrentUser.get());
        redirect.addFlashAttribute("notice", "credit.requirements.saved");
        return "redirect:/admin/credit/requirements";
    }

    private static void requireAdministrator() {
        if (!CurrentUser.get().has(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden();
        }
    }
}
