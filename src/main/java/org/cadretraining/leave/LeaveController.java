package org.cadretraining.leave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leave page of a course: a trainee asks for leave and follows their requests; the class teacher and the
 * organiser see every request with the leave already used against the cap, and approve or reject.
 */
@Controller
class LeaveController {

    /** A request with what the approver needs next to it. */
    record Row(
            LeaveDesk.Request request,
            ClassMember cadre,
            LeaveDesk.Standing standing,
            boolean mayDecide,
            boolean mayCancel,
            boolean withinCap,
            List<AgendaEntry> items) {}

    /** A refused decision, shown next to its request with the note kept. */
    record Refusal(long requestId, String message, boolean needsConfirmation, String note) {}

    private final LeaveDesk desk;
    private final LeaveBook book;
    private final ClassMembers members;
    private final MessageSource messages;

    LeaveController(LeaveDesk desk, LeaveBook book, ClassMembers members, MessageSource messages) {
        this.desk = desk;
        this.book = book;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/courses/{courseId}/leave")
    String show(@PathVariable long courseId, Model model) {
        LeaveForm form = new LeaveForm();
        form.setCadreId(CurrentUser.get().cadreId());
        return page(courseId, form, null, model);
    }

    @PostMapping("/courses/{courseId}/leave")
    String ask(
            @PathVariable long courseId,
            @ModelAttribute("leave") LeaveForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        Long cadreId = user.actsForInstitution() && form.getCadreId() != null ? form.getCadreId() : user.cadreId();
        if (cadreId == null) {
            throw DomainException.forbidden();
        }
        Set<Long> items = new LinkedHashSet<>(form.getItemIds());
        for (LocalDate day : form.getDays()) {
            items.addAll(desk.itemsOn(courseId, day));
        }
        try {
            desk.ask(courseId, cadreId, items, form.getReason(), user);
        } catch (DomainException refusal) {
            FormErrors.reject(errors, refusal);
            return page(courseId, form, null, model);
        }
        redirect.addFlashAttribute("notice", "leave.ask.done");
        return "redirect:/courses/" + courseId + "/leave";
    }

    @PostMapping("/courses/{courseId}/leave/{requestId}/approve")
    String approve(
            @PathVariable long courseId,
            @PathVariable long requestId,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireOfCourse(courseId, requestId);
        try {
            desk.approve(requestId, confirm, CurrentUser.get());
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            String message = messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
            boolean confirmation = "confirm".equals(refusal.field());
            return page(courseId, emptyForm(), new Refusal(requestId, message, confirmation, ""), model);
        }
        redirect.addFlashAttribute("notice", "leave.approve.done");
        return "redirect:/courses/" + courseId + "/leave";
    }

    @PostMapping("/courses/{courseId}/leave/{requestId}/reject")
    String reject(
            @PathVariable long courseId,
            @PathVariable long requestId,
            @RequestParam(defaultValue = "") String note,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireOfCourse(courseId, requestId);
        try {
            desk.reject(requestId, note, CurrentUser.get());
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            String message = messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
            return page(courseId, emptyForm(), new Refusal(requestId, message, false, note), model);
        }
        redirect.addFlashAttribute("notice", "leave.reject.done");
        return "redirect:/courses/" + courseId + "/leave";
    }

    @PostMapping("/courses/{courseId}/leave/{requestId}/cancel")
    String cancel(
            @PathVariable long courseId,
            @PathVariable long requestId,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        requireOfCourse(courseId, requestId);
        try {
            desk.cancel(requestId, CurrentUser.get());
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            String message = messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
            return page(courseId, emptyForm(), new Refusal(requestId, message, false, ""), model);
        }
        redirect.addFlashAttribute("notice", "leave.cancel.done");
        return "redirect:/courses/" + courseId + "/leave";
    }

    private LeaveForm emptyForm() {
        LeaveForm form = new LeaveForm();
        form.setCadreId(CurrentUser.get().cadreId());
        return form;
    }

    private void requireOfCourse(long courseId, long requestId) {
        if (desk.request(requestId).filter(r -> r.courseId() == courseId).isEmpty()) {
            throw DomainException.notFound("leave.request.notFound");
        }
    }

    private String page(long courseId, LeaveForm form, Refusal refusal, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseSummary course = desk.course(courseId);
        List<ClassMember> classList = members.classList(courseId);
        Map<Long, ClassMember> byCadre =
                classList.stream().collect(Collectors.toMap(ClassMember::cadreId, Function.identity(), (a, b) -> a));
        boolean trainee = user.cadreId() != null
                && byCadre.containsKey(user.cadreId())
                && byCadre.get(user.cadreId()).trainee();
        boolean reviewer = desk.mayReview(courseId, user);
        if (!trainee && !reviewer) {
            throw DomainException.forbidden();
        }
        Map<Long, AgendaEntry> agenda = desk.agenda(courseId);
        Map<LocalDate, List<AgendaEntry>> days = new TreeMap<>();
        agenda.values().stream()
                .sorted((a, b) -> a.day().equals(b.day())
                        ? a.startsAt().compareTo(b.startsAt())
                        : a.day().compareTo(b.day()))
                .forEach(item ->
                        days.computeIfAbsent(item.day(), d -> new ArrayList<>()).add(item));
        List<LeaveDesk.Request> requests = reviewer ? desk.ofCourse(courseId) : desk.ofCadre(courseId, user.cadreId());
        var rules = desk.courseHours(courseId);
        List<Row> rows = requests.stream()
                .map(r -> {
                    LeaveDesk.Standing standing = desk.standing(r);
                    return new Row(
                            r,
                            byCadre.get(r.cadreId()),
                            standing,
                            r.status() == LeaveDesk.Status.REQUESTED && desk.mayDecide(r, user),
                            r.status() == LeaveDesk.Status.REQUESTED
                                    && (user.actsForInstitution()
                                            || (user.cadreId() != null && user.cadreId() == r.cadreId())),
                            standing.afterApproval().value().compareTo(standing.cap()) <= 0,
                            r.itemIds().stream().map(agenda::get).toList());
                })
                .toList();
        model.addAttribute("course", course);
        model.addAttribute("days", days);
        model.addAttribute("courseHours", rules);
        model.addAttribute("cap", desk.exactCap(rules));
        model.addAttribute("capFraction", desk.capFraction());
        model.addAttribute("rows", rows);
        model.addAttribute("trainee", trainee);
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("organiser", user.actsForInstitution());
        model.addAttribute(
                "trainees", classList.stream().filter(ClassMember::trainee).toList());
        model.addAttribute("withdrawals", book.withdrawals(courseId));
        model.addAttribute("leave", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("mayAsk", course.status().beforeCompletion() && (trainee || user.actsForInstitution()));
        return "leave/leave";
    }
}
