package org.cadretraining.evaluation;

import jakarta.servlet.http.HttpServletResponse;
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

/** The question bank's pages: the templates, a template's questions, and the editing of a copy. */
@Controller
class TemplateViewController {

    private final QuestionBank bank;

    TemplateViewController(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping("/evaluation/templates")
    String list(Model model) {
        model.addAttribute("templates", bank.list(CurrentUser.get()));
        return "evaluation/templates";
    }

    @PostMapping("/evaluation/templates/{id}/copy")
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        long copy = bank.copy(id, null, CurrentUser.get());
        redirect.addFlashAttribute("notice", "evaluation.template.copied");
        return "redirect:/evaluation/templates/" + copy;
    }

    @GetMapping("/evaluation/templates/{id}")
    String show(@PathVariable long id, Model model) {
        QuestionBank.Shown shown = bank.show(id, CurrentUser.get());
        return page(
                shown,
                new TitleForm(
                        shown.template().title().zh(), shown.template().title().en()),
                QuestionForm.empty(),
                model);
    }

    @PostMapping("/evaluation/templates/{id}/title")
    String retitle(
            @PathVariable long id,
            @ModelAttribute("titleForm") TitleForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        int status = 400;
        try {
            bank.revise(id, template -> template.retitled(form.toText()), CurrentUser.get());
            redirect.addFlashAttribute("notice", "evaluation.template.saved");
            return "redirect:/evaluation/templates/" + id;
        } catch (DomainException refusal) {
            status = refuse(refusal, errors, model);
        }
        response.setStatus(status);
        return page(bank.show(id, CurrentUser.get()), form, QuestionForm.empty(), model);
    }

    @PostMapping("/evaluation/templates/{id}/questions")
    String addQuestion(
            @PathVariable long id,
            @ModelAttribute("questionForm") QuestionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        int status = 400;
        if (!errors.hasErrors()) {
            try {
                bank.revise(id, template -> template.withQuestion(form.toQuestion()), CurrentUser.get());
                redirect.addFlashAttribute("notice", "evaluation.template.saved");
                return "redirect:/evaluation/templates/" + id;
            } catch (DomainException refusal) {
                status = refuse(refusal, errors, model);
            }
        }
        response.setStatus(status);
        QuestionBank.Shown shown = bank.show(id, CurrentUser.get());
        return page(
                shown,
                new TitleForm(
                        shown.template().title().zh(), shown.template().title().en()),
                form,
                model);
    }

    @PostMapping("/evaluation/templates/{id}/questions/{position}/delete")
    String removeQuestion(@PathVariable long id, @PathVariable int position, RedirectAttributes redirect) {
        bank.revise(id, template -> template.withoutQuestion(position), CurrentUser.get());
        redirect.addFlashAttribute("notice", "evaluation.template.saved");
        return "redirect:/evaluation/templates/" + id;
    }

    /** A template that may not change is said above the page; any other refusal goes next to its field. */
    private static int refuse(DomainException refusal, BindingResult errors, Model model) {
        if (refusal.kind() == DomainException.Kind.CONFLICT) {
            model.addAttribute("refusal", refusal.messageKey());
        } else {
            FormErrors.reject(errors, refusal);
        }
        return refusal.kind().status();
    }

    private static String page(QuestionBank.Shown shown, TitleForm title, QuestionForm question, Model model) {
        model.addAttribute("shown", shown);
        model.addAttribute("template", shown.template());
        model.addAttribute("titleForm", title);
        model.addAttribute("questionForm", question);
        model.addAttribute("scopes", QuestionScope.values());
        model.addAttribute("kinds", QuestionKind.values());
        return "evaluation/template";
    }
}
