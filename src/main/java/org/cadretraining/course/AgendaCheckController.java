package org.cadretraining.course;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agenda item form's check as the organiser types (htmx): the conflicts and 学时 that saving would meet, each a
 * sentence next to its field. Saving checks again ({@link AgendaViewController}).
 */
@Controller
class AgendaCheckController {

    /** A finding of the check, in the reader's language, with the field it belongs to. */
    record Finding(String field, String message) {}

    private final AgendaPlanner agendaPlanner;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    AgendaCheckController(AgendaPlanner agendaPlanner, OrganisationDirectory directory, MessageSource messages) {
        this.agendaPlanner = agendaPlanner;
        this.directory = directory;
        this.messages = messages;
    }

    /** The htmx check: what saving the form as it stands would meet. Nothing is saved. */
    @PostMapping("/courses/{id}/agenda/check")
    String check(
            @PathVariable long id,
            @RequestParam(required = false) Long itemId,
            @ModelAttribute("item") AgendaItemForm form,
            BindingResult binding,
            Model model) {
        CurrentUser user = CurrentUser.get();
        CourseRights.requirePlanner(user);
        if (binding.hasErrors() || !form.complete()) {
            model.addAttribute("findings", List.of());
            model.addAttribute("checked", false);
            return "course/agenda-form :: check";
        }
        List<Finding> findings = new ArrayList<>();
        AgendaItemDetails details;
        try {
            details = form.toDetails(agendaPlanner::cadreIdByStaffNumber);
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            findings.add(new Finding(refusal.field(), text(refusal.messageKey(), refusal.arguments())));
            // a half-given speaker should not hide clashes of the time
            details = withoutPeople(form);
        }
        if (details != null) {
            AgendaPlanner.AgendaCheck check = agendaPlanner.check(id, itemId, details, user);
            check.conflicts().stream()
                    .map(c -> new Finding(
                            c.field(), text(c.messageKey(), c.arguments().toArray())))
                    .forEach(findings::add);
            model.addAttribute("credit", check.credit());
            if (check.zeroCredit() != null) {
                model.addAttribute(
                        "zeroCredit", messages.getMessage(check.zeroCredit(), LocaleContextHolder.getLocale()));
            }
            // a staff number says little: show whose it is
            if (details.speaker().cadreId() != null) {
                directory.cadre(details.speaker().cadreId()).ifPresent(c -> model.addAttribute("cadreSpeaker", c));
            }
        }
        model.addAttribute("findings", findings);
        model.addAttribute("checked", true);
        return "course/agenda-form :: check";
    }

    private AgendaItemDetails withoutPeople(AgendaItemForm form) {
        try {
            return form.toDetails(agendaPlanner::cadreIdByStaffNumber, false);
        } catch (DomainException stillRefused) {
            return null;
        }
    }

    private String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
