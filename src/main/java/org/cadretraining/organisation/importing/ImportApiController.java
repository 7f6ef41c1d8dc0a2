package org.cadretraining.organisation.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController("/api/v1/imports")
@Tag(
        name = "Imports",
        description = "Import units and cadres from XLSX or CSV files, checked first, then written all or none")
class ImportApiController {

    private final ImportDesk desk;
    private final ImportTexts texts;
    private final ErrorReport report;

    ImportApiController(ImportDesk desk, ImportTexts texts, ErrorReport report) {
        this.desk = desk;
        this.texts = texts;
        this.report = report;
    }

    @Operation(
            summary = "Start an import",
            description = "Accepts an XLSX or CSV file (UTF-8 with or without BOM, or GB18030) of units or cadres and"
                    + " starts a background job; follow the Location header for its progress and result.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobResponse> start(
            @Parameter(description = "unit or cadre") @RequestParam(required = false) String kind,
            @Parameter(description = "the .xlsx or .csv file") @RequestParam(required = false) MultipartFile file,
            Locale locale)
            throws IOException {
        String name = file == null ? null : file.getOriginalFilename();
        long size = file == null ? 0 : file.getSize();
        ImportJob job = desk.submit(kind, name, size, file, CurrentUser.get());
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(job.id())
                        .toUri())
                .body(ImportJobResponse.of(job, null, 0, List.of()));
    }

    @Operation(
            summary = "An import's progress and result",
            description = "While running: status and rows checked or written. When rejected: every problem, one"
                    + " page of 100 at a time, with row, column and reason in the caller's language.")
    @GetMapping("/{id}")
    ImportJobResponse job(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale) {
        ImportJob job = desk.job(id, CurrentUser.get());
        List<ProblemView> errors = job.status() == ImportStatus.REJECTED
                ? texts.describe(job.kind(), desk.problems(job, page), locale)
                : List.of();
        return ImportJobResponse.of(job, texts.failure(job, locale), Math.max(0, page), errors);
    }

    @Operation(summary = "Every problem of an import as a CSV file")
    @GetMapping("/{id}/report")
    void report(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportJob job = desk.job(id, CurrentUser.get());
        ImportViewController.attachment(response, ErrorReport.CONTENT_TYPE, ErrorReport.fileName(job));
        report.write(job, locale, response.getOutputStream());
    }
}
