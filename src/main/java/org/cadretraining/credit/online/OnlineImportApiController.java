package org.cadretraining.credit.online;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController("/api/v1/credit/online/imports")
@Tag(
        name = "Online learning imports",
        description = "An online academy's learning records from XLSX or CSV, read with the academy's saved column"
                + " mapping: checked first (every problem by row and field), then written on request, all or none;"
                + " a record imported before is never counted again. Organisers and administrators only.")
class OnlineImportApiController {

    private final OnlineImports imports;
    private final OnlineImportReport report;
    private final MessageSource messages;

    OnlineImportApiController(OnlineImports imports, OnlineImportReport report, MessageSource messages) {
        this.imports = imports;
        this.report = report;
        this.messages = messages;
    }

    /** A problem in the caller's language. */
    record Problem(int row, String field, String message) {}

    /** A job's state, progress and, when it has problems, one page of them. */
    record Job(
            long id,
            long academyId,
            String fileName,
            String status,
            Integer totalRows,
            int checkedRows,
            int writtenRows,
            int errorCount,
            int knownCount,
            int newCount,
            String failure,
            List<Problem> problems) {}

    @Operation(
            summary = "Check an academy's file",
            description = "Starts the check in the background; follow the Location header. When the job is CHECKED,"
                    + " POST to /{id}/write to write it.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Job> start(
            @Parameter(description = "the academy whose saved mapping reads the file") @RequestParam long academy,
            @Parameter(description = "the .xlsx or .csv file") @RequestParam(required = false) MultipartFile file,
            Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "credit.online.import.fileRequired");
        }
        OnlineImportJob job = imports.submit(academy, file.getOriginalFilename(), file, CurrentUser.get());
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(job.id())
                        .toUri())
                .body(view(job, 0, locale));
    }

    @Operation(summary = "An import's state, progress and problems (100 a page)")
    @GetMapping("/{id}")
    Job job(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale) {
        return view(imports.job(id, CurrentUser.get()), page, locale);
    }

    @Operation(summary = "Write a checked import", description = "Refused (409) unless the job is CHECKED.")
    @PostMapping("/{id}/write")
    ResponseEntity<Job> write(@PathVariable long id, Locale locale) {
        return ResponseEntity.accepted().body(view(imports.write(id, CurrentUser.get()), 0, locale));
    }

    private Job view(OnlineImportJob job, int page, Locale locale) {
        List<Problem> problems = job.errorCount() == 0
                ? List.of()
                : report.problems(job.id(), page).stream()
                        .map(p -> new Problem(
                                p.row(),
                                messages.getMessage(p.fieldKey(), null, locale),
                                messages.getMessage(p.messageKey(), p.arguments(), locale)))
                        .toList();
        return new Job(
                job.id(),
                job.academyId(),
                job.fileName(),
                job.status().name(),
                job.totalRows(),
                job.checkedRows(),
                job.writtenRows(),
                job.errorCount(),
                job.knownCount(),
                job.newCount(),
                job.failure() == null ? null : messages.getMessage(job.failure(), null, locale),
                problems);
    }
}
