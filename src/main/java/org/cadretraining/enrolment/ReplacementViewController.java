package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page to replace a cadre in their place (调换): choose the newcomer of the same unit and say why; the page
 * checks and asks first, and only the confirmation writes. Organisers, and the place's unit's liaison.
 */
@Controller
class ReplacementViewController {

    private final Replacements replacements;
    private final EnrolmentStore store;
    private final Roster roster;
    private final OrganisationDirectory directory;
    private final PageRefusals refusals;

    ReplacementViewController(
            Replacements replacements,
            EnrolmentStore store,
            Roster roster,
            OrganisationDirectory directory,
            PageRefusals refusals) {
        this.replacements = replacements;
        this.store = store;
        this.roster = roster;
        this.directory = directory;
        this.refusals = refusals;
    }

    @GetMapping("/enrolments/{eid}/replace")
    String show(@PathVariable long eid, Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("input", Map.of());
        return page(eid, model);
    }

    @PostMapping("/enrolments/{eid}/replace/check")
    String check(
            @PathVariable long eid,
            @ModelAttribute Replacements.Request request,
            Model model,
            HttpServletResponse response) {
        try {
            Enrolment placed = replacements.check(eid, request, CurrentUser.get());
            model.addAttribute("newcomer", directory.cadre(placed.cadreId()).orElseThrow());
            model.addAttribute("errors", Map.of());
            model.addAttribute("input", input(request));
        } catch (DomainException refusal) {
            refusals.show(model, "replace", refusal, input(request));
            response.setStatus(refusal.kind().status());
        }
        return page(eid, model);
    }

    @PostMapping("/enrolments/{eid}/replace")
    String replace(
            @PathVariable long eid,
            @ModelAttribute Replacements.Request request,
            Model model,
            HttpServletResponse response) {
        try {
            Enrolment placed = replacements.replace(eid, request, CurrentUser.get());
            String page = CurrentUser.get().actsForInstitution() ? "/enrolment" : "/nominations";
            return "redirect:/courses/" + placed.courseId() + page + "#enrolment-" + placed.id();
        } catch (DomainException refusal) {
            refusals.show(model, "replace", refusal, input(request));
            response.setStatus(refusal.kind().status());
            return page(eid, model);
        }
    }

    /** The place and the cadres of its unit who could take it; refused to anyone who may not replace it. */
    private String page(long eid, Model model) {
        CurrentUser user = CurrentUser.get();
        Enrolment place = store.find(eid);
        if (!user.actsForInstitution()) {
            EnrolmentRights.requireActsForQuota(user, place);
        }
        CadreSummary leaving = directory.cadre(place.cadreId()).orElseThrow();
        long unit = place.quotaUnitId() != null ? place.quotaUnitId() : leaving.unitId();
        model.addAttribute("course", store.course(place.courseId()));
        model.addAttribute("place", roster.entries(List.of(place)).getFirst());
        model.addAttribute(
                "candidates",
                directory.cadresWithinUnit(unit).stream()
                        .filter(c -> c.id() != place.cadreId())
                        .toList());
        model.addAttribute("organiser", user.actsForInstitution());
        return "enrolment/replace";
    }

    private static Map<String, String> input(Replacements.Request request) {
        Map<String, String> input = new HashMap<>();
        input.put("cadreId", request.cadreId() == null ? "" : request.cadreId().toString());
        input.put("reason", request.reason() == null ? "" : request.reason());
        input.put("duringCourse", String.valueOf(request.duringCourse()));
        return input;
    }
}
