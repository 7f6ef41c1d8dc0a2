package org.cadretraining.course;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.TableRows;
import org.cadretraining.shared.TableRows.TableRow;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme import page: a workbook or pasted rows, a preview of every item, then the import. */
@Controller
class ProgrammeImportController {

    private final ProgrammeImport imports;
    private final ProgrammeTemplate template;
    private final CoursePlanner planner;

    ProgrammeImportController(ProgrammeImport imports, ProgrammeTemplate template, CoursePlanner planner) {
        this.imports = imports;
        this.template = template;
        this.planner = planner;
    }

    @GetMapping("/courses/{id}/programme/import")
    String form(@PathVariable long id, Model model) {
        return page(id, new ProgrammeImportForm(), null, null, model);
    }

    @GetMapping("/courses/{id}/programme/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        planner.get(id, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ProgrammeTemplate.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("programme-template.xlsx")
                                .build()
                                .toString())
                .body(template.workbook(LocaleContextHolder.getLocale()));
    }

    @PostMapping("/courses/{id}/programme/import/preview")
    String preview(
            @PathVariable long id,
            @ModelAttribute("upload") ProgrammeImportForm form,
            Model model,
            HttpServletResponse response) {
        return run(id, form, false, model, response, null);
    }

    @PostMapping("/courses/{id}/programme/import")
    String importProgramme(
            @PathVariable long id,
            @ModelAttribute("upload") ProgrammeImportForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return run(id, form, true, model, response, redirect);
    }

    private String run(
            long id,
            ProgrammeImportForm form,
            boolean write,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<TableRow> rows;
        try {
            rows = form.rows();
        } catch (DomainException refused) {
            response.setStatus(400);
            return page(id, form, null, refused, model);
        }
        form.setTable(TableRows.toText(rows));
        ProgrammeImport.Outcome outcome = imports.run(id, rows, form.options(), write, CurrentUser.get());
        if (outcome.written()) {
            redirect.addFlashAttribute("notice", "course.import.done");
            return "redirect:/courses/" + id;
        }
        if (!outcome.problems().isEmpty()) {
            response.setStatus(400);
        }
        return page(id, form, outcome, null, model);
    }

    private String page(
            long id, ProgrammeImportForm form, ProgrammeImport.Outcome outcome, DomainException refused, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseRights.requirePlanner(user);
        model.addAttribute("course", CourseDetails.of(planner.get(id, user)));
        model.addAttribute("courseId", id);
        model.addAttribute("upload", form);
        model.addAttribute("outcome", outcome);
        model.addAttribute("refused", refused);
        return "course/programme-import";
    }
}
