package org.cadretraining.attendance;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records the attendance of a course that already took place: the organiser says who missed what, previews what
 * will be written, and confirms.
 */
@Controller
class PastAttendanceController {

    private final PastAttendance planner;
    private final PastAttendanceWriter writer;

    PastAttendanceController(PastAttendance planner, PastAttendanceWriter writer) {
        this.planner = planner;
        this.writer = writer;
    }

    @GetMapping("/attendance/courses/{courseId}/afterwards")
    String form(@PathVariable long courseId, Model model) {
        return page(courseId, new PastAttendanceForm(), false, model);
    }

    @PostMapping("/attendance/courses/{courseId}/afterwards/preview")
    String preview(
            @PathVariable long courseId,
            @ModelAttribute("form") PastAttendanceForm form,
            Model model,
            HttpServletResponse response) {
        String page = page(courseId, form, true, model);
        // the note is asked for beside the preview, before anything is offered to write
        PastAttendanceWriter.noteProblem(form.getNote()).ifPresent(problem -> model.addAttribute("refusal", problem));
        if (!((PastAttendancePlan) model.getAttribute("plan")).writable() || model.getAttribute("refusal") != null) {
            response.setStatus(400);
        }
        return page;
    }

    @PostMapping("/attendance/courses/{courseId}/afterwards")
    String record(
            @PathVariable long courseId,
            @ModelAttribute("form") PastAttendanceForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            PastAttendancePlan plan = writer.record(courseId, form.getNote(), form.exceptions(), CurrentUser.get());
            if (plan.writable()) {
                redirect.addFlashAttribute("notice", "attendance.afterwards.saved");
                return "redirect:/attendance/courses/" + courseId;
            }
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            model.addAttribute("refusal", refusal);
        }
        response.setStatus(400);
        return page(courseId, form, true, model);
    }

    private String page(long courseId, PastAttendanceForm form, boolean previewed, Model model) {
        List<PastException> lines = form.exceptions();
        PastAttendance.Cells cells = planner.cells(courseId, lines, CurrentUser.get());
        if (form.getLines().isEmpty()) {
            form.getLines().add(new PastAttendanceForm.Line());
        }
        model.addAttribute("form", form);
        model.addAttribute("plan", cells.plan());
        model.addAttribute("agenda", cells.agenda());
        model.addAttribute(
                "days",
                cells.agenda().stream().map(item -> item.day()).distinct().toList());
        model.addAttribute("previewed", previewed);
        return "attendance/afterwards";
    }
}
