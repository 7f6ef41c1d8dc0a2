package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.organisation.CadreFinder;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page to enrol many at once: choose from the directory, paste a list or upload a spreadsheet; then a preview
 * of what happens to each person, and a confirmation that writes it all. Organisers enrol, liaisons nominate.
 */
@Controller
class BulkEnrolmentViewController {

    private final BulkEnrolment bulk;
    private final BulkView view;
    private final EnrolmentStore store;
    private final CadreFinder finder;
    private final OrganisationDirectory directory;
    private final Ranks ranks;
    private final PageRefusals refusals;
    private final MessageSource messages;

    BulkEnrolmentViewController(
            BulkEnrolment bulk,
            BulkView view,
            EnrolmentStore store,
            CadreFinder finder,
            OrganisationDirectory directory,
            Ranks ranks,
            PageRefusals refusals,
            MessageSource messages) {
        this.bulk = bulk;
        this.view = view;
        this.store = store;
        this.finder = finder;
        this.directory = directory;
        this.ranks = ranks;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/courses/{id}/enrolment/bulk")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Set<String> rank,
            @RequestParam(required = false) Set<String> category,
            @RequestParam(defaultValue = "false") boolean find,
            Model model) {
        CurrentUser user = requireOrganiserOrLiaison();
        Long unit = user.actsForInstitution() ? unitId : liaisonUnit(user, unitId);
        model.addAttribute("filter", new CadreFinder.Filter(unit, rank, category));
        if (find) {
            model.addAttribute("found", finder.find(new CadreFinder.Filter(unit, rank, category)));
        }
        return page(id, model);
    }

    @PostMapping("/courses/{id}/enrolment/bulk/preview")
    String preview(
            @PathVariable long id, @ModelAttribute BulkPreviewForm form, Model model, HttpServletResponse response)
            throws IOException {
        requireOrganiserOrLiaison();
        try {
            return report(model, bulk.preview(id, form.wanted(), form.role(), form.cohort(), CurrentUser.get()));
        } catch (DomainException refusal) {
            refusals.show(model, "bulk", refusal, form.input());
            response.setStatus(refusal.kind().status());
            model.addAttribute("filter", new CadreFinder.Filter(null, null, null));
            return page(id, model);
        }
    }

    @PostMapping("/courses/{id}/enrolment/bulk/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam(required = false) List<String> wanted,
            @RequestParam(defaultValue = "PARTICIPANT") CourseRole role,
            @RequestParam(required = false) Integer cohort,
            @RequestParam(defaultValue = "") String token,
            Model model) {
        requireOrganiserOrLiaison();
        List<Wanted> decoded =
                wanted == null ? List.of() : wanted.stream().map(Wanted::decode).toList();
        return report(model, bulk.confirm(id, decoded, role, cohort, token, CurrentUser.get()));
    }

    @GetMapping("/courses/{id}/enrolment/bulk/template.xlsx")
    void template(@PathVariable long id, HttpServletResponse response) throws IOException {
        requireOrganiserOrLiaison();
        store.course(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"enrolment-list.xlsx\"");
        XlsxList.writeTemplate(response.getOutputStream(), messages, LocaleContextHolder.getLocale());
    }

    private String report(Model model, BulkReport report) {
        model.addAttribute("course", store.course(report.courseId()));
        model.addAttribute("report", view.of(report));
        return "enrolment/bulk-report";
    }

    private String page(long courseId, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("course", store.course(courseId));
        model.addAttribute("organiser", user.actsForInstitution());
        model.addAttribute("placesTaken", store.placesTaken(courseId));
        Set<Long> mine = user.actsForInstitution() ? Set.of() : subtree(user);
        model.addAttribute(
                "units",
                directory.allUnits().stream()
                        .filter(u -> u.active() && u.kind() != UnitKind.EXTERNAL_INSTITUTION)
                        .filter(u -> user.actsForInstitution() || mine.contains(u.id()))
                        .toList());
        model.addAttribute("ranks", ranks.all());
        model.addAttribute("categories", finder.categories());
        model.addAttribute("roles", CourseRole.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("input", Map.of());
        }
        return "enrolment/bulk";
    }

    /** A liaison searches within their own unit's subtree only. */
    private Long liaisonUnit(CurrentUser user, Long unitId) {
        return unitId != null && subtree(user).contains(unitId) ? unitId : user.liaisonUnitId();
    }

    /** The liaison's unit and every unit below it. */
    private Set<Long> subtree(CurrentUser user) {
        Set<Long> within = new HashSet<>(Set.of(user.liaisonUnitId()));
        List<UnitNode> units = directory.allUnits();
        boolean grew = true;
        while (grew) {
            grew = units.stream()
                    .filter(u -> u.parentId() != null && within.contains(u.parentId()))
                    .map(u -> within.add(u.id()))
                    .reduce(false, Boolean::logicalOr);
        }
        return within;
    }

    private static CurrentUser requireOrganiserOrLiaison() {
        CurrentUser user = CurrentUser.get();
        if (!user.actsForInstitution() && !EnrolmentRights.isLiaison(user)) {
            throw DomainException.forbidden();
        }
        return user;
    }
}
