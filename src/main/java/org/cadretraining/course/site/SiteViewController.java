package org.cadretraining.course.site;

import jakarta.validation.Valid;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SiteViewController {

    private final SiteRegister register;

    SiteViewController(SiteRegister register) {
        this.register = register;
    }

    @GetMapping("/sites")
    String list(
            @ModelAttribute("criteria") SiteCriteria criteria,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("result", register.search(criteria));
        model.addAttribute("mayEdit", CurrentUser.get().actsForInstitution());
        if (htmx != null) {
            return "course/sites :: results";
        }
        model.addAttribute("kinds", SiteKind.values());
        return "course/sites";
    }

    @GetMapping("/sites/new")
    String newSite(Model model) {
        SiteRegister.requireEditor(CurrentUser.get());
        return form(model, SiteForm.empty(), null);
    }

    @PostMapping("/sites")
    String create(
            @Valid @ModelAttribute("site") SiteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SiteRegister.requireEditor(CurrentUser.get());
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        register.create(form.toDetails(), CurrentUser.get());
        redirect.addFlashAttribute("notice", "course.site.saved");
        return "redirect:/sites";
    }

    @GetMapping("/sites/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        SiteRegister.requireEditor(CurrentUser.get());
        return form(model, SiteForm.of(register.get(id).summary()), id);
    }

    /**
     * A site's own address, which the browser shows after its form came back with an error: reloading it opens the
     * form for an editor and the register for anyone else, rather than "method not allowed"; no such site, 404.
     */
    @GetMapping("/sites/{id}")
    String show(@PathVariable long id) {
        register.get(id);
        return CurrentUser.get().actsForInstitution() ? "redirect:/sites/" + id + "/edit" : "redirect:/sites";
    }

    @PostMapping("/sites/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("site") SiteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SiteRegister.requireEditor(CurrentUser.get());
        if (errors.hasErrors()) {
            return form(model, form, id);
        }
        register.update(id, form.toDetails(), CurrentUser.get());
        redirect.addFlashAttribute("notice", "course.site.saved");
        return "redirect:/sites";
    }

    private static String form(Model model, SiteForm form, Long id) {
        model.addAttribute("site", form);
        model.addAttribute("siteId", id);
        model.addAttribute("kinds", SiteKind.values());
        return "course/site-form";
    }
}
