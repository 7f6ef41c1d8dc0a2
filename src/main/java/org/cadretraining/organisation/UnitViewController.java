package org.cadretraining.organisation;

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

@Controller
class UnitViewController {

    private final UnitRegister register;

    UnitViewController(UnitRegister register) {
        this.register = register;
    }

    @GetMapping("/units")
    String tree(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("units", register.tree(user));
        model.addAttribute("mayEdit", user.actsForInstitution());
        return "organisation/units";
    }

    @GetMapping("/units/new")
    String newUnit(@RequestParam(required = false) Long parent, Model model) {
        requireEditor();
        return form(model, UnitForm.empty(parent), null);
    }

    @PostMapping("/units")
    String create(
            @Valid @ModelAttribute("unit") UnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                register.create(form.toDetails(), CurrentUser.get());
                redirect.addFlashAttribute("notice", "organisation.unit.saved");
                return "redirect:/units";
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/units/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        requireEditor();
        return form(model, UnitForm.of(register.get(id, CurrentUser.get())), id);
    }

    @PostMapping("/units/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("unit") UnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                register.update(id, form.toDetails(), CurrentUser.get());
                redirect.addFlashAttribute("notice", "organisation.unit.saved");
                return "redirect:/units";
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        return form(model, form, id);
    }

    private String form(Model model, UnitForm form, Long id) {
        model.addAttribute("unit", form);
        model.addAttribute("unitId", id);
        model.addAttribute("parents", register.tree(CurrentUser.get()));
        model.addAttribute("kinds", UnitKind.values());
        return "organisation/unit-form";
    }

    private static void requireEditor() {
        if (!CurrentUser.get().actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }
}
