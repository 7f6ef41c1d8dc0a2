package org.cadretraining.enrolment;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.organisation.OrganisationDirectory;
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
 * The organiser's page to set many units' places at once: paste, upload or the same number for every unit of one;
 * then a preview of each line, and a confirmation that writes the whole list or nothing.
 */
@Controller
class QuotaListViewController {

    private final QuotaLists lists;
    private final Quotas quotas;
    private final EnrolmentStore store;
    private final Roster roster;
    private final OrganisationDirectory directory;
    private final PageRefusals refusals;
    private final MessageSource messages;

    QuotaListViewController(
            QuotaLists lists,
            Quotas quotas,
            EnrolmentStore store,
            Roster roster,
            OrganisationDirectory directory,
            PageRefusals refusals,
            MessageSource messages) {
        this.lists = lists;
        this.quotas = quotas;
        this.store = store;
        this.roster = roster;
        this.directory = directory;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/courses/{id}/enrolment/quotas/list")
    String show(@PathVariable long id, Model model) {
        EnrolmentRights.requireOrganiser(CurrentUser.get());
        model.addAttribute("errors", Map.of());
        model.addAttribute("input", Map.of());
        return page(id, model);
    }

    @PostMapping("/courses/{id}/enrolment/quotas/list/preview")
    String preview(@PathVariable long id, @ModelAttribute QuotaListForm form, Model model, HttpServletResponse response)
            throws IOException {
        EnrolmentRights.requireOrganiser(CurrentUser.get());
        try {
            return report(model, lists.preview(id, form.given(lists), CurrentUser.get()));
        } catch (DomainException refusal) {
            refusals.show(model, form.source(), refusal, form.input());
            response.setStatus(refusal.kind().status());
            return page(id, model);
        }
    }

    @PostMapping("/courses/{id}/enrolment/quotas/list/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam(required = false) List<String> given,
            @RequestParam(defaultValue = "") String token,
            Model model) {
        EnrolmentRights.requireOrganiser(CurrentUser.get());
        List<QuotaList.Given> decoded = given == null
                ? List.of()
                : given.stream().map(QuotaList.Given::decode).toList();
        return report(model, lists.confirm(id, decoded, token, CurrentUser.get()));
    }

    @GetMapping("/courses/{id}/enrolment/quotas/list/template.xlsx")
    void template(@PathVariable long id, HttpServletResponse response) throws IOException {
        EnrolmentRights.requireOrganiser(CurrentUser.get());
        store.course(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"places-per-unit.xlsx\"");
        QuotaList.writeTemplate(response.getOutputStream(), messages, LocaleContextHolder.getLocale());
    }

    private String report(Model model, QuotaListReport report) {
        model.addAttribute("course", store.course(report.courseId()));
        model.addAttribute("report", report);
        return "enrolment/quota-list-report";
    }

    private String page(long courseId, Model model) {
        model.addAttribute("course", store.course(courseId));
        model.addAttribute("quotas", roster.quotas(quotas.quotas(courseId)));
        List<UnitNode> units = directory.allUnits().stream()
                .filter(u -> u.active() && u.kind() != UnitKind.EXTERNAL_INSTITUTION)
                .toList();
        Set<Long> parents = units.stream().map(UnitNode::parentId).collect(Collectors.toSet());
        // the shortcut is offered for units that have units below them
        model.addAttribute(
                "parents", units.stream().filter(u -> parents.contains(u.id())).toList());
        return "enrolment/quota-list";
    }
}
