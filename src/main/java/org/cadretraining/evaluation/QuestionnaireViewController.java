package org.cadretraining.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
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
 * A course's questionnaire for those who run it: its settings (organisers), how many have answered (organisers and
 * the class teacher), closing it. A trainee who comes here is sent on to the answering page.
 */
@Controller
class QuestionnaireViewController {

    private final Questionnaires questionnaires;
    private final ResponseRates rates;
    private final QuestionBank bank;
    private final EvaluationRights rights;
    private final Clock clock;

    QuestionnaireViewController(
            Questionnaires questionnaires,
            ResponseRates rates,
            QuestionBank bank,
            EvaluationRights rights,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.rates = rates;
        this.bank = bank;
        this.rights = rights;
        this.clock = clock;
    }

    @GetMapping("/courses/{id}/evaluation")
    String overview(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        if (!rights.followsProgress(id, user) && rights.answers(id, user)) {
            return "redirect:/courses/" + id + "/evaluation/answer";
        }
        Questionnaires.Overview overview = questionnaires.overview(id, user);
        return page(
                overview,
                overview.questionnaire()
                        .map(q -> QuestionnaireForm.of(q, clock.getZone()))
                        .orElseGet(() -> suggested(overview)),
                model);
    }

    /** The response rate alone, which the page polls while the questionnaire runs. */
    @GetMapping("/courses/{id}/evaluation/rate")
    String rate(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("rate", rates.follow(id, user));
        model.addAttribute("courseId", id);
        model.addAttribute("manages", rights.manages(user));
        return "evaluation/response-rate :: rate";
    }

    @PostMapping("/courses/{id}/evaluation")
    String setUp(
            @PathVariable long id,
            @ModelAttribute("settings") QuestionnaireForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        int status = 400;
        if (!errors.hasErrors()) {
            try {
                questionnaires.setUp(id, () -> form.toQuestionnaire(id, clock.getZone()), CurrentUser.get());
                redirect.addFlashAttribute("notice", "evaluation.questionnaire.saved");
                return "redirect:/courses/" + id + "/evaluation";
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
                status = refusal.kind().status();
            }
        }
        response.setStatus(status);
        return page(questionnaires.overview(id, CurrentUser.get()), form, model);
    }

    @PostMapping("/courses/{id}/evaluation/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        questionnaires.close(id, CurrentUser.get());
        redirect.addFlashAttribute("notice", "evaluation.questionnaire.closedNow");
        return "redirect:/courses/" + id + "/evaluation";
    }

    /**
     * The default template, a week for answering from noon of the course's last day (from now, for a course entered
     * after that noon has passed), and no item yet.
     */
    private QuestionnaireForm suggested(Questionnaires.Overview overview) {
        Long defaultTemplate = bank.choices().stream()
                .filter(TemplateStore.Listed::isDefault)
                .map(TemplateStore.Listed::id)
                .findFirst()
                .orElse(null);
        LocalDateTime lastNoon = overview.course().endsOn().atTime(12, 0);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        LocalDateTime opens = lastNoon.isBefore(now) ? now : lastNoon;
        return new QuestionnaireForm(
                defaultTemplate == null ? null : String.valueOf(defaultTemplate),
                java.util.List.of(),
                opens.toString(),
                opens.plusDays(7).toString(),
                false);
    }

    private String page(Questionnaires.Overview overview, QuestionnaireForm form, Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("rate", overview.rate());
        model.addAttribute("courseId", overview.course().id());
        model.addAttribute("manages", overview.manages());
        model.addAttribute("settings", form);
        model.addAttribute("templates", overview.manages() ? bank.choices() : java.util.List.of());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("scopes", QuestionScope.values());
        return "evaluation/questionnaire";
    }
}
