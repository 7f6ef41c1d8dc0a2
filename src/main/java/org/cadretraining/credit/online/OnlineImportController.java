package org.cadretraining.credit.online;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An academy's file handed in, checked with a preview and every problem, then written on the organiser's word. */
@Controller
class OnlineImportController {

    private static final int PREVIEW_ROWS = 20;

    private final OnlineImports imports;
    private final OnlineAcademies academies;
    private final OnlineImportReport report;

    OnlineImportController(OnlineImports imports, OnlineAcademies academies, OnlineImportReport report) {
        this.imports = imports;
        this.academies = academies;
        this.report = report;
    }

    @GetMapping("/credit/online/imports")
    String list(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/credit/online/imports")
    String upload(
            @RequestParam(required = false) Long academy,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        OnlineImports.requireImporter(user);
        try {
            if (academy == null) {
                throw DomainException.invalid("academy", "credit.online.import.academyRequired");
            }
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("file", "credit.online.import.fileRequired");
            }
            OnlineImportJob job = imports.submit(academy, file.getOriginalFilename(), file, user);
            return "redirect:/credit/online/imports/" + job.id();
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            response.setStatus(refusal.kind().status());
            return page(model, academy, refusal);
        }
    }

    @GetMapping("/credit/online/imports/{id}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        details(id, page, model);
        return "credit/online-import";
    }

    @GetMapping("/credit/online/imports/{id}/progress")
    String progress(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        details(id, page, model);
        return "credit/online-import :: progress";
    }

    @PostMapping("/credit/online/imports/{id}/write")
    String write(@PathVariable long id, RedirectAttributes redirect) {
        imports.write(id, CurrentUser.get());
        return "redirect:/credit/online/imports/" + id;
    }

    private void details(long id, int page, Model model) {
        OnlineImportJob job = imports.job(id, CurrentUser.get());
        model.addAttribute("job", job);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute(
                "pages", Math.max(1, (job.errorCount() + OnlineImportReport.PAGE - 1) / OnlineImportReport.PAGE));
        model.addAttribute("problems", job.errorCount() > 0 ? report.problems(id, page) : java.util.List.of());
        model.addAttribute(
                "preview", job.mayWrite() ? report.preview(id, job.academyId(), PREVIEW_ROWS) : java.util.List.of());
    }

    private String page(Model model, Long academy, DomainException refusal) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("academies", academies.all());
        model.addAttribute("jobs", imports.recent(user));
        model.addAttribute("chosen", academy);
        model.addAttribute("refusal", refusal);
        return "credit/online-imports";
    }
}
