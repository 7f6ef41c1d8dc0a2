package org.cadretraining.credit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
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

/** A cadre's ledger with progress against their requirements, and the organiser's correction of an entry. */
@Controller
class LedgerController {

    private final CreditLedger ledger;
    private final CadreProgress progress;
    private final CreditScope scope;
    private final OrganisationDirectory directory;
    private final ExternalTrainingRecords trainings;

    LedgerController(
            CreditLedger ledger,
            CadreProgress progress,
            CreditScope scope,
            OrganisationDirectory directory,
            ExternalTrainingRecords trainings) {
        this.ledger = ledger;
        this.progress = progress;
        this.scope = scope;
        this.directory = directory;
        this.trainings = trainings;
    }

    @GetMapping("/my/credit")
    String mine(Model model) {
        Long cadreId = CurrentUser.get().cadreId();
        if (cadreId == null) {
            model.addAttribute("notLinked", true);
            return "credit/ledger";
        }
        return ledger(cadreId, model);
    }

    @GetMapping("/credit/cadres/{id}")
    String cadre(@PathVariable long id, Model model) {
        scope.requireCadre(id, CurrentUser.get());
        return ledger(id, model);
    }

    @GetMapping("/credit/entries/{id}/correction")
    String correction(@PathVariable long id, Model model) {
        requireInstitution();
        return correctionForm(model, ledger.entry(id), new CorrectionForm(null, ""));
    }

    @PostMapping("/credit/entries/{id}/correction")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("correction") CorrectionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireInstitution();
        CreditEntryView entry = ledger.entry(id);
        if (!errors.hasFieldErrors("hours") && !CreditHours.isValid(form.hours())) {
            errors.rejectValue("hours", "credit.correction.hoursInvalid");
        }
        if (!errors.hasErrors()) {
            try {
                ledger.correct(id, CreditHours.of(form.hours()), form.reason(), CurrentUser.get());
                redirect.addFlashAttribute("notice", "credit.correction.saved");
                return "redirect:/credit/cadres/" + entry.cadreId();
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
                response.setStatus(refusal.kind().status());
                return correctionForm(model, entry, form);
            }
        }
        response.setStatus(400);
        return correctionForm(model, entry, form);
    }

    private String correctionForm(Model model, CreditEntryView entry, CorrectionForm form) {
        model.addAttribute("entry", entry);
        model.addAttribute("correction", form);
        model.addAttribute("cadre", directory.cadre(entry.cadreId()).orElseThrow());
        return "credit/correction";
    }

    private String ledger(long cadreId, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute(
                "cadre", directory.cadre(cadreId).orElseThrow(() -> DomainException.notFound("credit.cadre.notFound")));
        model.addAttribute("tier", progress.tierOf(cadreId));
        model.addAttribute("progress", progress.of(cadreId));
        model.addAttribute("totals", ledger.totalsOf(cadreId));
        model.addAttribute("entries", ledger.entriesOf(cadreId));
        model.addAttribute("trainings", trainings.ofCadre(cadreId));
        model.addAttribute("mayCorrect", user.actsForInstitution());
        model.addAttribute("own", user.cadreId() != null && user.cadreId() == cadreId);
        return "credit/ledger";
    }

    private static void requireInstitution() {
        if (!CurrentUser.get().actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }
}
