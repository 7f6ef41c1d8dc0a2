package org.cadretraining.attendance;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An item's attendance page: its roster, headcount, the organiser's marking by hand and everything that happened
 * at it. (The course's grid and the items' thresholds: {@link AttendanceCourseViewController}.)
 */
@Controller
class AttendanceViewController {

    private final AttendanceBoard board;
    private final AttendanceRights rights;
    private final AttendanceMarking marking;
    private final CheckInDesk desk;
    private final MessageSource messages;
    private final Clock clock;
    private final FieldHeadcount legs;

    AttendanceViewController(
            AttendanceBoard board,
            AttendanceRights rights,
            AttendanceMarking marking,
            CheckInDesk desk,
            MessageSource messages,
            Clock clock,
            FieldHeadcount legs) {
        this.legs = legs;
        this.board = board;
        this.rights = rights;
        this.marking = marking;
        this.desk = desk;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/attendance/courses/{courseId}/items/{itemId}")
    String item(@PathVariable long courseId, @PathVariable long itemId, Model model) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        return itemPage(courseId, itemId, user.actsForInstitution(), Map.of(), Map.of(), model);
    }

    /** The organiser checks someone in or out by hand, at a time of the item's day, with a reason. */
    @PostMapping("/attendance/courses/{courseId}/items/{itemId}/manual")
    String byHand(
            @PathVariable long courseId,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String cadreId,
            @RequestParam(defaultValue = "IN") String direction,
            @RequestParam(defaultValue = "") String time,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        rights.requireOrganiser(user);
        Map<String, String> input = Map.of("cadreId", cadreId, "direction", direction, "time", time, "reason", reason);
        // every field is checked before the form goes back, so that all its problems are shown at once
        Map<String, String> errors = new LinkedHashMap<>();
        Long cadre = checked(errors, "manual", () -> MarkingFields.cadre(cadreId));
        LocalTime at = checked(errors, "manual", () -> MarkingFields.time(time));
        checked(errors, "manual", () -> MarkingFields.reason(reason));
        try {
            if (!errors.isEmpty()) {
                return refused(courseId, itemId, "manual", errors, input, model, response);
            }
            var entry = board.entry(courseId, itemId);
            desk.byHand(
                    courseId,
                    itemId,
                    cadre,
                    "OUT".equals(direction) ? Scan.Direction.OUT : Scan.Direction.IN,
                    entry.day().atTime(at).atZone(clock.getZone()).toInstant(),
                    reason,
                    user);
        } catch (DomainException refusal) {
            return refused(courseId, itemId, "manual", refusal, input, model, response);
        }
        redirect.addFlashAttribute("notice", "attendance.manual.saved");
        return "redirect:/attendance/courses/" + courseId + "/items/" + itemId;
    }

    /** The organiser decides a trainee was present or absent, whatever the checks say, with a reason. */
    @PostMapping("/attendance/courses/{courseId}/items/{itemId}/decision")
    String decide(
            @PathVariable long courseId,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String cadreId,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        rights.requireOrganiser(user);
        Map<String, String> input = Map.of("cadreId", cadreId, "status", status, "reason", reason);
        Map<String, String> errors = new LinkedHashMap<>();
        Long cadre = checked(errors, "decision", () -> MarkingFields.cadre(cadreId));
        AttendanceMarking.Decision decision = checked(errors, "decision", () -> MarkingFields.decision(status));
        checked(errors, "decision", () -> MarkingFields.reason(reason));
        try {
            if (!errors.isEmpty()) {
                return refused(courseId, itemId, "decision", errors, input, model, response);
            }
            marking.decide(courseId, itemId, cadre, decision, reason, user);
        } catch (DomainException refusal) {
            return refused(courseId, itemId, "decision", refusal, input, model, response);
        }
        redirect.addFlashAttribute("notice", "attendance.decision.saved");
        return "redirect:/attendance/courses/" + courseId + "/items/" + itemId;
    }

    private String refused(
            long courseId,
            long itemId,
            String form,
            DomainException refusal,
            Map<String, String> input,
            Model model,
            HttpServletResponse response) {
        if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
            throw refusal;
        }
        String field = refusal.field() == null ? "form" : refusal.field();
        return refused(courseId, itemId, form, Map.of(form + "." + field, text(refusal)), input, model, response);
    }

    private String refused(
            long courseId,
            long itemId,
            String form,
            Map<String, String> errors,
            Map<String, String> input,
            Model model,
            HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("openForm", form);
        return itemPage(courseId, itemId, true, errors, input, model);
    }

    /** The value, or null with the field's problem kept under {@code form.field} for the form shown again. */
    private <T> T checked(Map<String, String> errors, String form, Supplier<T> value) {
        try {
            return value.get();
        } catch (DomainException refusal) {
            if (refusal.kind() != DomainException.Kind.INVALID || refusal.field() == null) {
                throw refusal;
            }
            errors.put(form + "." + refusal.field(), text(refusal));
            return null;
        }
    }

    private String itemPage(
            long courseId,
            long itemId,
            boolean organiser,
            Map<String, String> errors,
            Map<String, String> input,
            Model model) {
        AttendanceBoard.ItemPage page = board.item(courseId, itemId);
        model.addAttribute("page", page);
        boolean fieldStudy = page.item().entry().type() == org.cadretraining.course.AgendaItemType.FIELD_STUDY;
        model.addAttribute("legs", fieldStudy ? legs.of(courseId, itemId) : null);
        model.addAttribute("organiser", organiser);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("errors", errors);
        model.addAttribute("input", input);
        return "attendance/item";
    }

    private String text(DomainException refusal) {
        return messages.getMessage(refusal.messageKey(), refusal.arguments(), LocaleContextHolder.getLocale());
    }
}
