package org.cadretraining.course;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The copy page of a course: the whole course to new dates, one day to another, one item to other days. */
@Controller
class CourseCopyController {

    private final CourseCopier copier;
    private final CoursePlanner planner;

    CourseCopyController(CourseCopier copier, CoursePlanner planner) {
        this.copier = copier;
        this.planner = planner;
    }

    @GetMapping("/courses/{id}/copy")
    String page(@PathVariable long id, Model model) {
        Course course = planner.get(id, CurrentUser.get());
        LocalizedText title = course.title();
        return page(
                id,
                new CopyForms.CourseCopy(
                        title.zh(), title.en(), course.startsOn().plusYears(1)),
                new CopyForms.DayCopy(course.startsOn(), null),
                new CopyForms.ItemRepeat(null, List.of()),
                null,
                model);
    }

    @PostMapping("/courses/{id}/copy")
    String copyCourse(
            @PathVariable long id,
            @ModelAttribute("courseCopy") CopyForms.CourseCopy form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Course copy = copier.copyCourse(id, form.titleZh(), form.titleEn(), form.startsOn(), CurrentUser.get());
            redirect.addFlashAttribute("notice", "course.copy.done");
            return "redirect:/courses/" + copy.id();
        } catch (DomainException refusal) {
            return refused(id, form, null, null, refusal, model, response);
        }
    }

    @PostMapping("/courses/{id}/copy/day")
    String copyDay(
            @PathVariable long id,
            @ModelAttribute("dayCopy") CopyForms.DayCopy form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            copier.copyDay(id, form.day(), form.to(), CurrentUser.get());
            redirect.addFlashAttribute("notice", "course.copy.dayDone");
            return "redirect:/courses/" + id;
        } catch (DomainException refusal) {
            return refused(id, null, form, null, refusal, model, response);
        }
    }

    @PostMapping("/courses/{id}/copy/item")
    String repeatItem(
            @PathVariable long id,
            @ModelAttribute("itemRepeat") CopyForms.ItemRepeat form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            copier.repeatItem(id, form.itemId(), form.days(), CurrentUser.get());
            redirect.addFlashAttribute("notice", "course.copy.itemDone");
            return "redirect:/courses/" + id;
        } catch (DomainException refusal) {
            return refused(id, null, null, form, refusal, model, response);
        }
    }

    private String refused(
            long id,
            CopyForms.CourseCopy course,
            CopyForms.DayCopy day,
            CopyForms.ItemRepeat item,
            DomainException refusal,
            Model model,
            HttpServletResponse response) {
        if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
            throw refusal;
        }
        response.setStatus(refusal.kind().status());
        Course source = planner.get(id, CurrentUser.get());
        String section = course != null ? "course" : day != null ? "day" : "item";
        model.addAttribute("refusalSection", section);
        return page(
                id,
                course != null
                        ? course
                        : new CopyForms.CourseCopy(
                                source.title().zh(),
                                source.title().en(),
                                source.startsOn().plusYears(1)),
                day != null ? day : new CopyForms.DayCopy(source.startsOn(), null),
                item != null ? item : new CopyForms.ItemRepeat(null, List.of()),
                refusal,
                model);
    }

    private String page(
            long id,
            CopyForms.CourseCopy course,
            CopyForms.DayCopy day,
            CopyForms.ItemRepeat item,
            DomainException refusal,
            Model model) {
        CurrentUser user = CurrentUser.get();
        CourseRights.requirePlanner(user);
        Course source = planner.get(id, user);
        List<AgendaItem> agenda = planner.agenda(id, user);
        model.addAttribute("source", CourseDetails.of(source));
        model.addAttribute("sourceId", id);
        model.addAttribute(
                "days",
                source.startsOn().datesUntil(source.endsOn().plusDays(1)).toList());
        model.addAttribute(
                "items",
                agenda.stream()
                        .map(agendaItem -> new CopyForms.ItemChoice(agendaItem.id(), agendaItem.details()))
                        .toList());
        model.addAttribute("courseCopy", course);
        model.addAttribute("dayCopy", day);
        model.addAttribute("itemRepeat", item);
        model.addAttribute("refusal", refusal);
        return "course/copy";
    }
}
