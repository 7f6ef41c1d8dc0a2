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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CadreViewController {

    private final CadreSearch search;
    private final CadreRegister register;
    private final UnitRegister units;
    private final Ranks ranks;
    private final Access access;
    private final CadreHistoryView history;

    CadreViewController(
            CadreSearch search,
            CadreRegister register,
            UnitRegister units,
            Ranks ranks,
            Access access,
            CadreHistoryView history) {
        this.search = search;
        this.register = register;
        this.units = units;
        this.ranks = ranks;
        this.access = access;
        this.history = history;
    }

    @GetMapping("/cadres")
    String directory(
            @ModelAttribute("criteria") CadreCriteria criteria,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("result", search.search(criteria, access.directoryScope(user)));
        if (htmx != null) {
            return "organisation/cadres :: results";
        }
        model.addAttribute("units", units.tree(user));
        model.addAttribute("ranks", ranks.all());
        return "organisation/cadres";
    }

    @GetMapping("/cadres/me")
    String mine() {
        Long cadreId = CurrentUser.get().cadreId();
        if (cadreId == null) {
            throw DomainException.notFound("organisation.cadre.notLinked");
        }
        return "redirect:/cadres/" + cadreId;
    }

    @GetMapping("/cadres/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        Cadre cadre = register.get(id, user);
        model.addAttribute("cadre", history.describe(cadre));
        model.addAttribute("mayEdit", access.scope(user).maySeeDirectory());
        return "organisation/cadre";
    }

    @GetMapping("/cadres/new")
    String newCadre(Model model) {
        access.directoryScope(CurrentUser.get());
        return form(model, CadreForm.empty(), null);
    }

    @PostMapping("/cadres")
    String create(
            @Valid @ModelAttribute("cadre") CadreForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Cadre saved = register.create(form.toDetails(), CurrentUser.get());
                redirect.addFlashAttribute("notice", "organisation.cadre.saved");
                return "redirect:/cadres/" + saved.id();
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/cadres/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        access.directoryScope(user);
        return form(model, CadreForm.of(register.get(id, user).details()), id);
    }

    @PostMapping("/cadres/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("cadre") CadreForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                register.update(id, form.toDetails(), CurrentUser.get());
                redirect.addFlashAttribute("notice", "organisation.cadre.saved");
                return "redirect:/cadres/" + id;
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        return form(model, form, id);
    }

    private String form(Model model, CadreForm form, Long id) {
        model.addAttribute("cadre", form);
        model.addAttribute("cadreId", id);
        model.addAttribute("units", units.tree(CurrentUser.get()));
        model.addAttribute("ranks", ranks.all());
        model.addAttribute("genders", Gender.values());
        return "organisation/cadre-form";
    }
}
