package org.cadretraining.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Places for many units at once through the API, as the quota list page sets them: previewed, then confirmed. */
@ApiController("/api/v1")
@Tag(name = "Enrolment", description = "Quotas per unit, nominations (调训), approval, direct enrolment, waiting list")
class QuotaListApiController {

    /** Lines as pasted ("unit name or code, places"); a preview unless {@code dryRun} is false with its token. */
    record QuotaListRequest(List<String> lines, Boolean dryRun, String previewToken) {}

    /** One line's outcome (NEW, CHANGE, SAME, REFUSE) with its sentence in the caller's language. */
    record LineView(
            Integer row,
            String given,
            Long unitId,
            String unit,
            Integer before,
            Integer places,
            String outcome,
            String sentence) {}

    record QuotaListView(
            long courseId, List<LineView> lines, int total, int capacity, boolean written, String previewToken) {}

    private final QuotaLists lists;
    private final MessageSource messages;

    QuotaListApiController(QuotaLists lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    @PostMapping("/courses/{courseId}/quotas/list")
    @Operation(
            summary = "Set many units' places at once (organisers): preview (dryRun, the default) or confirm",
            description = "Each line names a unit (name or code) and its places. Nothing is written while a line is"
                    + " refused or the places together exceed the course's capacity; a confirmation with a token"
                    + " that no longer matches answers 409 with a new preview.")
    ResponseEntity<?> list(@PathVariable long courseId, @RequestBody QuotaListRequest request) {
        CurrentUser user = CurrentUser.get();
        List<QuotaList.Given> given =
                QuotaList.parse(String.join("\n", request.lines() == null ? List.of() : request.lines()));
        if (request.dryRun() == null || request.dryRun()) {
            return ResponseEntity.ok(view(lists.preview(courseId, given, user)));
        }
        QuotaListReport report = lists.confirm(courseId, given, request.previewToken(), user);
        if (report.stale()) {
            Locale locale = LocaleContextHolder.getLocale();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, messages.getMessage("enrolment.quotaList.stale", null, locale));
            problem.setProperty("preview", view(report));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(view(report));
    }

    private QuotaListView view(QuotaListReport report) {
        Locale locale = LocaleContextHolder.getLocale();
        List<LineView> lines = new ArrayList<>();
        for (QuotaListLine line : report.lines()) {
            lines.add(new LineView(
                    line.given().row(),
                    line.given().unit() + " " + line.given().places(),
                    line.unitId(),
                    line.unit() == null ? null : line.unit().in(locale),
                    line.before(),
                    line.places(),
                    line.outcome().name(),
                    messages.getMessage(line.messageKey(), line.arguments().toArray(), locale)));
        }
        return new QuotaListView(
                report.courseId(), lines, report.total(), report.capacity(), report.written(), report.token());
    }
}
