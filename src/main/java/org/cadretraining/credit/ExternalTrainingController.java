package org.cadretraining.credit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Declaring external training with its evidence, and the unit's and the organisation department's steps. */
@Controller
class ExternalTrainingController {

    private final ExternalTrainings trainings;
    private final ExternalTrainingRecords records;
    private final ExternalTrainingRights rights;
    private final OrganisationDirectory directory;

    ExternalTrainingController(
            ExternalTrainings trainings,
            ExternalTrainingRecords records,
            ExternalTrainingRights rights,
            OrganisationDirectory directory) {
        this.trainings = trainings;
        this.records = records;
        this.rights = rights;
        this.directory = directory;
    }

    @GetMapping("/credit/external")
    String list(Model model) {
        return list(model, DeclarationForm.empty());
    }

    @PostMapping("/credit/external")
    String declare(
            @Valid @ModelAttribute("declaration") DeclarationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        Long cadreId = cadreOf(form, user, errors);
        if (!errors.hasFieldErrors("hours") && form.hours() != null && !CreditHours.isValid(form.hours())) {
            errors.rejectValue("hours", "credit.external.hoursInvalid");
        }
        if (!errors.hasErrors() && cadreId != null) {
            try {
                long id = trainings.declare(
                        new Declaration(
                                cadreId,
                                form.kind(),
                                form.title(),
                                form.provider(),
                                form.startsOn(),
                                form.endsOn(),
                                CreditHours.of(form.hours())),
                        form.evidence() == null ? null : form.evidence().getOriginalFilename(),
                        form.evidence() == null || form.evidence().isEmpty()
                                ? null
                                : form.evidence().getBytes(),
                        user);
                redirect.addFlashAttribute("notice", "credit.external.saved");
                return "redirect:/credit/external/" + id;
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        response.setStatus(400);
        return list(model, form);
    }

    @GetMapping("/credit/external/{id}")
    String show(@PathVariable long id, Model model) {
        return show(id, model, "");
    }

    @GetMapping("/credit/external/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        Evidence evidence = records.evidence(id, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(evidence.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(evidence.content());
    }

    @PostMapping("/credit/external/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        trainings.approveByUnit(id, CurrentUser.get());
        redirect.addFlashAttribute("notice", "credit.external.approved");
        return "redirect:/credit/external/" + id;
    }

    @PostMapping("/credit/external/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        trainings.confirm(id, CurrentUser.get());
        redirect.addFlashAttribute("notice", "credit.external.confirmedNotice");
        return "redirect:/credit/external/" + id;
    }

    @PostMapping("/credit/external/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            trainings.reject(id, reason, CurrentUser.get());
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            response.setStatus(refusal.kind().status());
            model.addAttribute("rejectError", refusal.messageKey());
            return show(id, model, reason);
        }
        redirect.addFlashAttribute("notice", "credit.external.rejectedNotice");
        return "redirect:/credit/external/" + id;
    }

    private String show(long id, Model model, String reason) {
        CurrentUser user = CurrentUser.get();
        ExternalTraining training = records.visible(id, user);
        model.addAttribute("training", training);
        model.addAttribute("mayApprove", rights.mayApproveForUnit(training, user));
        model.addAttribute("mayConfirm", rights.mayConfirm(training, user));
        model.addAttribute("reason", reason);
        return "credit/external-training";
    }

    private String list(Model model, DeclarationForm form) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("trainings", records.visibleTo(user));
        model.addAttribute("declaration", form);
        model.addAttribute("kinds", ExternalKind.values());
        model.addAttribute(
                "forOthers", user.cadreId() == null || user.actsForInstitution() || user.liaisonUnitId() != null);
        model.addAttribute("maxMegabytes", trainings.maxEvidenceBytes() / (1024 * 1024));
        return "credit/external";
    }

    /** The cadre named by staff number, or the person themselves when they leave it empty. */
    private Long cadreOf(DeclarationForm form, CurrentUser user, BindingResult errors) {
        if (form.staffNumber() == null || form.staffNumber().isBlank()) {
            if (user.cadreId() == null) {
                errors.rejectValue("staffNumber", "credit.external.cadreRequired");
            }
            return user.cadreId();
        }
        Long id = directory.cadreIdByStaffNumber(form.staffNumber().strip()).orElse(null);
        if (id == null) {
            errors.rejectValue("staffNumber", "credit.cadre.notFound");
        } else if (!rights.mayDeclareFor(id, user)) {
            throw DomainException.forbidden();
        }
        return id;
    }
}
