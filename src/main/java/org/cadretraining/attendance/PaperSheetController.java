package org.cadretraining.attendance;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.attendance.PastAttendancePlan.Problem;
import org.cadretraining.attendance.PastAttendancePlan.TraineeLine;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records one item from its paper sign-in sheet: every trainee present unless the sheet says otherwise, a note,
 * a preview of what will be written and what is kept, then a confirmation that writes all of it or nothing.
 */
@Controller
class PaperSheetController {

    /** One trainee's row on the page: the row's input, whether their cell is kept, and the row's problems. */
    record SheetRow(int index, TraineeLine trainee, PaperSheetForm.Row input, List<Problem> problems) {

        public boolean kept() {
            return trainee != null && trainee.kept() > 0;
        }
    }

    private final PastAttendance planner;
    private final PastAttendanceWriter writer;

    PaperSheetController(PastAttendance planner, PastAttendanceWriter writer) {
        this.planner = planner;
        this.writer = writer;
    }

    @GetMapping("/attendance/courses/{courseId}/items/{itemId}/sheet")
    String form(@PathVariable long courseId, @PathVariable long itemId, Model model) {
        PastAttendance.Cells empty = planner.cells(courseId, itemId, List.of(), CurrentUser.get());
        PaperSheetForm form = PaperSheetForm.allPresent(
                empty.plan().trainees().stream().map(TraineeLine::member).toList());
        return page(courseId, itemId, form, false, model);
    }

    @PostMapping("/attendance/courses/{courseId}/items/{itemId}/sheet/preview")
    String preview(
            @PathVariable long courseId,
            @PathVariable long itemId,
            @ModelAttribute("form") PaperSheetForm form,
            Model model,
            HttpServletResponse response) {
        String page = page(courseId, itemId, form, true, model);
        // the note is asked for beside the preview, before anything is offered to write, as for 补录考勤
        PastAttendanceWriter.noteProblem(form.getNote()).ifPresent(problem -> model.addAttribute("refusal", problem));
        if (!((PastAttendancePlan) model.getAttribute("plan")).writable() || model.getAttribute("refusal") != null) {
            response.setStatus(400);
        }
        return page;
    }

    @PostMapping("/attendance/courses/{courseId}/items/{itemId}/sheet")
    String record(
            @PathVariable long courseId,
            @PathVariable long itemId,
            @ModelAttribute("form") PaperSheetForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            PastAttendancePlan plan =
                    writer.record(courseId, itemId, form.getNote(), form.exceptions(itemId), CurrentUser.get());
            if (plan.writable()) {
                redirect.addFlashAttribute("notice", "attendance.sheet.saved");
                return "redirect:/attendance/courses/" + courseId;
            }
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            model.addAttribute("refusal", refusal);
        }
        response.setStatus(400);
        return page(courseId, itemId, form, true, model);
    }

    /** A row index the page never sends (rows[abc], rows[99999]) is a bad request, never a server error. */
    @ExceptionHandler(InvalidPropertyException.class)
    String unreadable(Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("messageKey", "attendance.sheet.unreadable");
        return "error";
    }

    private String page(long courseId, long itemId, PaperSheetForm form, boolean previewed, Model model) {
        PastAttendance.Cells cells = planner.cells(courseId, itemId, form.exceptions(itemId), CurrentUser.get());
        PastAttendancePlan plan = cells.plan();
        Map<Long, TraineeLine> trainees = plan.trainees().stream()
                .collect(Collectors.toMap(t -> t.member().cadreId(), Function.identity(), (a, b) -> a));
        List<Integer> exceptionRows = form.exceptionRows();
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            PaperSheetForm.Row input = form.getRows().get(i);
            int line = exceptionRows.indexOf(i);
            Long cadre = input == null ? null : input.cadre();
            rows.add(new SheetRow(
                    i,
                    cadre == null ? null : trainees.get(cadre),
                    input == null ? new PaperSheetForm.Row() : input,
                    line < 0 ? List.of() : plan.problemsOf(line)));
        }
        AgendaEntry item = cells.agenda().getFirst();
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("rows", rows);
        model.addAttribute("previewed", previewed);
        return "attendance/sheet";
    }
}
