package org.cadretraining.organisation.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import pages: choose a kind and a file, then watch the job and read its result. */
@Controller
@RequestMapping("/imports")
class ImportViewController {

    private final ImportDesk desk;
    private final ImportTexts texts;
    private final ErrorReport report;
    private final ImportTemplates templates;

    ImportViewController(ImportDesk desk, ImportTexts texts, ErrorReport report, ImportTemplates templates) {
        this.desk = desk;
        this.texts = texts;
        this.report = report;
        this.templates = templates;
    }

    @GetMapping
    String imports(Model model) {
        return form(model, CurrentUser.get(), null);
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            Locale locale)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        try {
            String name = file == null ? null : file.getOriginalFilename();
            long size = file == null ? 0 : file.getSize();
            ImportJob job = desk.submit(kind, name, size, file, user);
            return "redirect:/imports/" + job.id();
        } catch (DomainException refused) {
            if (refused.field() == null) {
                throw refused;
            }
            model.addAttribute(
                    refused.field() + "Error", texts.message(refused.messageKey(), locale, refused.arguments()));
            return form(model, user, kind);
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        describe(desk.job(id, CurrentUser.get()), page, model, locale);
        return "importing/job";
    }

    /** The part of the job page that htmx fetches every second until the job has finished. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model, Locale locale) {
        describe(desk.job(id, CurrentUser.get()), 0, model, locale);
        return "importing/job :: progress";
    }

    @GetMapping("/{id}/report")
    void report(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportJob job = desk.job(id, CurrentUser.get());
        attachment(response, ErrorReport.CONTENT_TYPE, ErrorReport.fileName(job));
        report.write(job, locale, response.getOutputStream());
    }

    @GetMapping("/templates/{kind}.xlsx")
    void template(@PathVariable String kind, Locale locale, HttpServletResponse response) throws IOException {
        desk.requireImporter(CurrentUser.get());
        ImportKind importKind =
                ImportKind.fromSlug(kind).orElseThrow(() -> DomainException.notFound("importing.kind.unknown"));
        attachment(response, ImportTemplates.CONTENT_TYPE, ImportTemplates.fileName(importKind));
        templates.write(importKind, locale, response.getOutputStream());
    }

    private String form(Model model, CurrentUser user, String selectedKind) {
        desk.requireImporter(user);
        var kinds = desk.kindsFor(user);
        model.addAttribute("kinds", kinds);
        model.addAttribute(
                "selectedKind",
                selectedKind != null ? selectedKind : kinds.getLast().slug());
        model.addAttribute("jobs", desk.recent(user));
        model.addAttribute("maxFileBytes", desk.maxFileBytes());
        model.addAttribute("maxFileMegabytes", desk.maxFileBytes() / (1024 * 1024));
        return "importing/imports";
    }

    private void describe(ImportJob job, int page, Model model, Locale locale) {
        model.addAttribute("job", job);
        model.addAttribute("failure", texts.failure(job, locale));
        if (job.status() == ImportStatus.REJECTED) {
            int pages =
                    Math.max(1, (job.errorCount() + ImportDesk.PROBLEMS_PER_PAGE - 1) / ImportDesk.PROBLEMS_PER_PAGE);
            int shown = Math.min(Math.max(0, page), pages - 1);
            model.addAttribute("problems", texts.describe(job.kind(), desk.problems(job, shown), locale));
            model.addAttribute("page", shown);
            model.addAttribute("pages", pages);
        }
    }

    static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
