package org.cadretraining.attendance;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
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
 * The course's attendance: the grid of statuses, and each item's thresholds and check-in window, which the
 * organiser may set for the item.
 */
@Controller
class AttendanceCourseViewController {

    private final AttendanceBoard board;
    private final AttendanceRights rights;
    private final AttendanceMarking marking;
    private final MessageSource messages;
    private final Clock clock;

    AttendanceCourseViewController(
            AttendanceBoard board,
            AttendanceRights rights,
            AttendanceMarking marking,
            MessageSource messages,
            Clock clock) {
        this.board = board;
        this.rights = rights;
        this.marking = marking;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/attendance/courses/{courseId}")
    String course(@PathVariable long courseId, Model model) {
        CurrentUser user = CurrentUser.get();
        rights.requireRunsCheckIn(courseId, user);
        return coursePage(courseId, user, model);
    }

    @PostMapping("/attendance/courses/{courseId}/items/{itemId}/rule")
    String rule(
            @PathVariable long courseId,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String lateAfterMinutes,
            @RequestParam(defaultValue = "") String earlyLeaveMinutes,
            @RequestParam(defaultValue = "") String opensMinutesBefore,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        try {
            marking.setThresholds(
                    courseId,
                    itemId,
                    minutes("lateAfterMinutes", lateAfterMinutes),
                    minutes("earlyLeaveMinutes", earlyLeaveMinutes),
                    minutes("opensMinutesBefore", opensMinutesBefore),
                    user);
        } catch (DomainException refusal) {
            if (refusal.kind() != DomainException.Kind.INVALID) {
                throw refusal;
            }
            response.setStatus(400);
            model.addAttribute("ruleItem", itemId);
            model.addAttribute("ruleError", text(refusal));
            model.addAttribute("ruleField", refusal.field());
            model.addAttribute(
                    "input",
                    Map.of(
                            "lateAfterMinutes",
                            lateAfterMinutes,
                            "earlyLeaveMinutes",
                            earlyLeaveMinutes,
                            "opensMinutesBefore",
                            opensMinutesBefore));
            return coursePage(courseId, user, model);
        }
        redirect.addFlashAttribute("notice", "attendance.rule.saved");
        return "redirect:/attendance/courses/" + courseId;
    }

    private String coursePage(long courseId, CurrentUser user, Model model) {
        model.addAttribute("grid", board.grid(courseId));
        model.addAttribute("organiser", user.actsForInstitution());
        model.addAttribute("zone", clock.getZone());
        return "attendance/course";
    }

    private String text(DomainException refusal) {
        return messages.getMessage(refusal.messageKey(), refusal.arguments(), LocaleContextHolder.getLocale());
    }

    private static Integer minutes(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "attendance.threshold.invalid");
        }
    }
}
