package org.cadretraining.credit.online;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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

/** The online academies and the column mapping saved once per academy for its files. */
@Controller
class AcademyController {

    private final OnlineAcademies academies;

    AcademyController(OnlineAcademies academies) {
        this.academies = academies;
    }

    @GetMapping("/credit/online/academies")
    String list(Model model) {
        OnlineImports.requireImporter(CurrentUser.get());
        return page(model, new AcademyForm(), null);
    }

    @GetMapping("/credit/online/academies/{id}")
    String edit(@PathVariable long id, Model model) {
        OnlineImports.requireImporter(CurrentUser.get());
        return page(model, AcademyForm.of(academies.get(id)), id);
    }

    @PostMapping("/credit/online/academies")
    String create(
            @ModelAttribute("academy") AcademyForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(null, form, errors, model, response, redirect);
    }

    @PostMapping("/credit/online/academies/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("academy") AcademyForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return save(id, form, errors, model, response, redirect);
    }

    private String save(
            Long id,
            AcademyForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        OnlineImports.requireImporter(user);
        Map<RecordField, String> mapping = form.check(errors);
        if (!errors.hasErrors()) {
            try {
                academies.save(id, form.name(), mapping, user);
                redirect.addFlashAttribute("notice", "credit.online.academy.saved");
                return "redirect:/credit/online/academies";
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        response.setStatus(400);
        return page(model, form, id);
    }

    private String page(Model model, AcademyForm form, Long editing) {
        model.addAttribute("academies", academies.all());
        model.addAttribute("academy", form);
        model.addAttribute("editing", editing);
        model.addAttribute("fields", RecordField.values());
        return "credit/online-academies";
    }
}
