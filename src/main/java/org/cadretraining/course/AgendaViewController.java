package org.cadretraining.course;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agenda item form, with a check of conflicts and 学时 as the organiser types (htmx) and again on save. */
@Controller
class AgendaViewController {

    /** A finding of the check, in the reader's language, with the field it belongs to. */
    record Finding(String field, String message) {}

    private final CoursePlanner planner;
    private final AgendaPlanner agendaPlanner;
    private final Sites sites;
    private final Lecturers lecturers;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    AgendaViewController(
            CoursePlanner planner,
            AgendaPlanner agendaPlanner,
            Sites sites,
            Lecturers lecturers,
            OrganisationDirectory directory,
            MessageSource messages) {
        this.planner = planner;
        this.agendaPlanner = agendaPlanner;
        this.sites = sites;
        this.lecturers = lecturers;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/courses/{id}/agenda/new")
    String newItem(@PathVariable long id, @RequestParam(required = false) LocalDate day, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseRights.requirePlanner(user);
        Course course = planner.get(id, user);
        LocalDate first = day != null ? day : course.startsOn();
        return form(model, course, AgendaItemForm.empty(first), null);
    }

    @PostMapping("/courses/{id}/agenda")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("item") AgendaItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        CourseRights.requirePlanner(user);
        if (!errors.hasErrors()) {
            try {
                agendaPlanner.addItem(id, form.toDetails(agendaPlanner::cadreIdByStaffNumber), user);
                redirect.addFlashAttribute("notice", "course.agenda.saved");
                return "redirect:/courses/" + id + "#day-" + form.day();
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        return form(model, planner.get(id, user), form, null);
    }

    @GetMapping("/courses/{id}/agenda/{itemId}/edit")
    String edit(@PathVariable long id, @PathVariable long itemId, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseRights.requirePlanner(user);
        AgendaItem item = planner.item(id, itemId, user);
        return form(
                model, planner.get(id, user), AgendaItemForm.of(item.details(), agendaPlanner::staffNumberOf), itemId);
    }

    @PostMapping("/courses/{id}/agenda/{itemId}")
    String update(
            @PathVariable long id,
            @PathVariable long itemId,
            @Valid @ModelAttribute("item") AgendaItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        CourseRights.requirePlanner(user);
        if (!errors.hasErrors()) {
            try {
                agendaPlanner.changeItem(id, itemId, form.toDetails(agendaPlanner::cadreIdByStaffNumber), user);
                redirect.addFlashAttribute("notice", "course.agenda.saved");
                return "redirect:/courses/" + id + "#day-" + form.day();
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        return form(model, planner.get(id, user), form, itemId);
    }

    @PostMapping("/courses/{id}/agenda/{itemId}/delete")
    String delete(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        agendaPlanner.removeItem(id, itemId, CurrentUser.get());
        redirect.addFlashAttribute("notice", "course.agenda.removed");
        return "redirect:/courses/" + id;
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

    private String form(Model model, Course course, AgendaItemForm form, Long itemId) {
        model.addAttribute("item", form);
        model.addAttribute("itemId", itemId);
        model.addAttribute("course", CourseFacts.summary(course));
        model.addAttribute(
                "days",
                course.startsOn().datesUntil(course.endsOn().plusDays(1)).toList());
        model.addAttribute(
                "venue",
                course.venueSiteId() == null
                        ? null
                        : sites.find(course.venueSiteId()).orElse(null));
        model.addAttribute("sites", sites.choices());
        model.addAttribute("lecturers", lecturers.choices());
        model.addAttribute("types", AgendaItemType.values());
        model.addAttribute("speakerKinds", SpeakerKind.values());
        model.addAttribute("speakerRows", form.speakerRows());
        return "course/agenda-form";
    }
}
