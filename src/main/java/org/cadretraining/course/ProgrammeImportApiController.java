package org.cadretraining.course;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController("/api/v1/courses/{id}/programme")
@Tag(name = "Agenda", description = "A course's agenda items")
class ProgrammeImportApiController {

    record Item(
            int row,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            AgendaItemType type,
            String title,
            List<String> speakers,
            String presider,
            String site,
            BigDecimal creditHours) {}

    record Imported(boolean written, List<Item> items, List<String> newLecturers, List<String> newSites) {}

    private final ProgrammeImport imports;
    private final ProgrammeTemplate template;
    private final CoursePlanner planner;
    private final MessageSource messages;

    ProgrammeImportApiController(
            ProgrammeImport imports, ProgrammeTemplate template, CoursePlanner planner, MessageSource messages) {
        this.imports = imports;
        this.template = template;
        this.planner = planner;
        this.messages = messages;
    }

    @Operation(
            summary = "The programme template to fill in",
            description = "An .xlsx workbook with the columns the import reads (date, time, type, title, speakers,"
                    + " presider, site, 学时), headed in the caller's language, with an example row.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = ProgrammeTemplate.CONTENT_TYPE,
                            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        // the same right as the course itself: whoever may see the course may take its template
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

    @Operation(
            summary = "Import a programme from a spreadsheet or pasted rows",
            description = "Columns by their header in Chinese or English (the page's template), or in the template's"
                    + " order. Every row is planned as an item entered by hand; with dryRun, or with any problem,"
                    + " nothing is written. Problems are a 400 problem detail naming each row and column.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importProgramme(
            @PathVariable long id,
            @Parameter(description = "an .xlsx workbook") @RequestParam(required = false) MultipartFile file,
            @Parameter(description = "rows as pasted from a spreadsheet (tab-separated)")
                    @RequestParam(required = false)
                    String text,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "true") boolean addLecturers,
            @RequestParam(defaultValue = "true") boolean addSites) {
        ProgrammeImportForm form = new ProgrammeImportForm();
        form.setFile(file);
        form.setTable(text);
        form.setAddLecturers(addLecturers);
        form.setAddSites(addSites);
        ProgrammeImport.Outcome outcome = imports.run(id, form.rows(), form.options(), !dryRun, CurrentUser.get());
        if (!outcome.problems().isEmpty()) {
            return ResponseEntity.badRequest().body(problem(outcome));
        }
        Imported body = new Imported(
                outcome.written(),
                outcome.rows().stream().map(ProgrammeImportApiController::item).toList(),
                List.copyOf(outcome.newLecturers()),
                List.copyOf(outcome.newSites()));
        return ResponseEntity.status(outcome.written() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(body);
    }

    private static Item item(ProgrammeImport.Planned row) {
        ProgrammeSheet.Line line = row.line();
        return new Item(
                line.row(),
                line.day(),
                line.startsAt(),
                line.endsAt(),
                line.type(),
                line.titleZh(),
                row.speakers().stream().map(ProgrammeNames.Person::name).toList(),
                row.presider() == null ? null : row.presider().name(),
                row.site() == null ? null : row.site().name(),
                row.credit() == null ? null : row.credit().value());
    }

    private ProblemDetail problem(ProgrammeImport.Outcome outcome) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid", null, locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setProperty(
                "errors",
                outcome.problems().stream()
                        .map(p -> Map.of(
                                "row", p.row(),
                                "field", p.column() == null ? "" : p.column().name(),
                                "message", messages.getMessage(p.messageKey(), p.arguments(), locale)))
                        .toList());
        return problem;
    }
}
