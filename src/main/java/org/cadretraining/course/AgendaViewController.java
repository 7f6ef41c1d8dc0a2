package org.cadretraining.course;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agenda item form: new, edit, save and remove; the check as the organiser types is {@link AgendaCheckController}. */
@Controller
class AgendaViewController {

    private final CoursePlanner planner;
    private final AgendaPlanner agendaPlanner;
    private final Sites sites;
    private final Lecturers lecturers;

    AgendaViewController(CoursePlanner planner, AgendaPlanner agendaPlanner, Sites sites, Lecturers lecturers) {
        this.planner = planner;
        this.agendaPlanner = agendaPlanner;
        this.sites = sites;
        this.lecturers = lecturers;
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
