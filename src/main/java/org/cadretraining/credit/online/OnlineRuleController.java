package org.cadretraining.credit.online;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation department edits the online learning rule; each save is a new version. */
@Controller
class OnlineRuleController {

    private final OnlineRules rules;
    private final OnlineExplanation explanation;

    OnlineRuleController(OnlineRules rules, OnlineExplanation explanation) {
        this.rules = rules;
        this.explanation = explanation;
    }

    /** A row of the current version in words, as its entries quote it. */
    record RowText(int position, String text) {}

    @GetMapping("/credit/online/rule")
    String edit(Model model, Locale locale) {
        requireOrganiser();
        return page(model, OnlineRuleForm.of(rules.current()), locale);
    }

    @PostMapping("/credit/online/rule")
    String save(
            @ModelAttribute("rule") OnlineRuleForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireOrganiser();
        form.check(errors);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return page(model, form, locale);
        }
        OnlineRule saved = rules.change(form, CurrentUser.get());
        redirect.addFlashAttribute("notice", "credit.online.rule.saved");
        redirect.addFlashAttribute("savedVersion", saved.version());
        return "redirect:/credit/online/rule";
    }

    private String page(Model model, OnlineRuleForm form, Locale locale) {
        OnlineRule current = rules.current();
        List<RowText> rows = current.rows().stream()
                .map(r -> new RowText(r.position(), explanation.row(current, r, locale)))
                .toList();
        model.addAttribute("rule", form);
        model.addAttribute("current", current);
        model.addAttribute("rowTexts", rows);
        return "credit/online-rule";
    }

    private static void requireOrganiser() {
        if (!CurrentUser.get().actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }
}
