package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A unit liaison's page for a course: their unit's places, nominating, withdrawing and substitutes. */
@Controller
class NominationViewController {

    private final EnrolmentStore store;
    private final Nominations nominations;
    private final WaitingList waitingList;
    private final Quotas quotas;
    private final Roster roster;
    private final org.cadretraining.organisation.OrganisationDirectory directory;
    private final PageRefusals refusals;
    private final WaitlistNotice waitlistNotice;
    private final Replacements replacements;

    NominationViewController(
            EnrolmentStore store,
            Nominations nominations,
            WaitingList waitingList,
            Quotas quotas,
            Roster roster,
            org.cadretraining.organisation.OrganisationDirectory directory,
            PageRefusals refusals,
            WaitlistNotice waitlistNotice,
            Replacements replacements) {
        this.replacements = replacements;
        this.store = store;
        this.nominations = nominations;
        this.waitingList = waitingList;
        this.quotas = quotas;
        this.roster = roster;
        this.directory = directory;
        this.refusals = refusals;
        this.waitlistNotice = waitlistNotice;
    }

    @GetMapping("/courses/{id}/nominations")
    String show(@PathVariable long id, Model model) {
        EnrolmentRights.requireLiaison(CurrentUser.get());
        return page(id, model);
    }

    @PostMapping("/courses/{id}/nominations")
    String nominate(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String cadreId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(id, "nominate", Map.of("cadreId", cadreId), model, response, redirect, () -> {
            return nominations.nominate(id, EnrolmentViewController.number(cadreId, "cadreId"), CurrentUser.get());
        });
    }

    @PostMapping("/nominations/{eid}/withdraw")
    String withdraw(@PathVariable long eid, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        long courseId = store.find(eid).courseId();
        return attempt(courseId, "row-" + eid, Map.of(), model, response, redirect, () -> {
            return waitingList.withdraw(eid, CurrentUser.get());
        });
    }

    @PostMapping("/nominations/{eid}/substitute")
    String substitute(
            @PathVariable long eid,
            @RequestParam(defaultValue = "") String cadreId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long courseId = store.find(eid).courseId();
        return attempt(courseId, "row-" + eid, Map.of("cadreId", cadreId), model, response, redirect, () -> {
            return nominations.substitute(eid, EnrolmentViewController.number(cadreId, "cadreId"), CurrentUser.get());
        });
    }

    private String attempt(
            long courseId,
            String form,
            Map<String, String> input,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            java.util.function.Supplier<?> action) {
        EnrolmentRights.requireLiaison(CurrentUser.get());
        Object done;
        try {
            done = action.get();
        } catch (DomainException refusal) {
            refusals.show(model, form, refusal, input);
            response.setStatus(refusal.kind().status());
            return page(courseId, model);
        }
        waitlistNotice.flash(redirect, done);
        return "redirect:/courses/" + courseId + "/nominations";
    }

    private String page(long courseId, Model model) {
        long unitId = EnrolmentRights.requireLiaison(CurrentUser.get());
        CourseSummary course = store.course(courseId);
        model.addAttribute("course", course);
        model.addAttribute("deadline", quotas.deadline(courseId).orElse(null));
        Roster.Quota quota = roster.quotas(quotas.quotas(courseId)).stream()
                .filter(q -> q.unitId() == unitId)
                .findFirst()
                .orElse(null);
        model.addAttribute("quota", quota);
        model.addAttribute("full", quota != null && quota.remaining() == 0);
        Map<Long, Replacements.Replaced> replaced = replacements.ofCourse(courseId);
        model.addAttribute("replaced", replaced);
        // a freed place that someone already took is offered to no substitute
        model.addAttribute(
                "handedOn",
                replaced.values().stream()
                        .map(Replacements.Replaced::replacedId)
                        .collect(Collectors.toSet()));
        model.addAttribute("replacing", course.status() == CourseStatus.NOMINATIONS_OPEN);
        model.addAttribute(
                "nominations",
                roster.entries(store.ofCourse(courseId).stream()
                        .filter(e -> Long.valueOf(unitId).equals(e.quotaUnitId()))
                        .toList()));
        model.addAttribute("candidates", directory.cadresWithinUnit(unitId));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("input", Map.of());
        }
        return "enrolment/nominations";
    }
}
