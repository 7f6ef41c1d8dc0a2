package org.cadretraining.attendance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
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

@ApiController("/api/v1/attendance/courses/{courseId}/items/{itemId}/sheet")
@Tag(name = "Attendance", description = "Check-in, marking and attendance of agenda items")
class PaperSheetApiController {

    /** Everyone present at the item, except these trainees; {@code dryRun} answers the plan and writes nothing. */
    record SheetRequest(
            @Schema(description = "what the record is from, e.g. the paper sheet's date; required, ≤ 1000")
            String note,

            Boolean dryRun,
            List<NotPresent> exceptions) {}

    /** One trainee the paper sheet shows not present. */
    record NotPresent(
            Long cadreId,
            PastStatus status,

            @Schema(description = "for LATE and LEFT_EARLY: when they arrived or left, within the item")
            LocalTime at) {}

    record Kept(long cadreId, String name) {}

    record SheetResponse(
            boolean written,
            int presentCells,
            int exceptionCells,

            @Schema(description = "cells already recorded (check-in, decision, approved leave), never overwritten")
            int keptCells,

            List<Kept> kept) {}

    private final PastAttendance planner;
    private final PastAttendanceWriter writer;
    private final MessageSource messages;

    PaperSheetApiController(PastAttendance planner, PastAttendanceWriter writer, MessageSource messages) {
        this.planner = planner;
        this.writer = writer;
        this.messages = messages;
    }

    @Operation(
            summary = "Record one agenda item from its paper sign-in sheet",
            description = "Every trainee is recorded present at the item except the exceptions given; cells already"
                    + " recorded are kept and named. The item must have ended; the course may still be running."
                    + " Organisers and the course's class teachers may record. With dryRun the plan is answered and"
                    + " nothing is written. Any problem is a 400 problem detail naming each field; then nothing is"
                    + " written.")
    @PostMapping
    ResponseEntity<?> record(
            @PathVariable long courseId, @PathVariable long itemId, @RequestBody SheetRequest request) {
        List<PastException> lines = request.exceptions() == null
                ? List.of()
                : request.exceptions().stream()
                        .map(e -> new PastException(e.cadreId(), itemId, null, e.status(), e.at()))
                        .toList();
        CurrentUser user = CurrentUser.get();
        boolean dryRun = Boolean.TRUE.equals(request.dryRun());
        PastAttendancePlan plan = dryRun
                ? planner.cells(courseId, itemId, lines, user).plan()
                : writer.record(courseId, itemId, request.note(), lines, user);
        if (!plan.writable()) {
            return ResponseEntity.badRequest().body(problem(plan));
        }
        SheetResponse body = new SheetResponse(
                !dryRun,
                plan.presentCells(),
                plan.exceptionCells(),
                plan.keptCells(),
                plan.trainees().stream()
                        .filter(t -> t.kept() > 0)
                        .map(t -> new Kept(t.member().cadreId(), t.member().nameIn(LocaleContextHolder.getLocale())))
                        .toList());
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body);
    }

    private ProblemDetail problem(PastAttendancePlan plan) {
        var locale = LocaleContextHolder.getLocale();
        List<String> sentences = plan.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.arguments(), locale))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", sentences));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setProperty(
                "errors",
                plan.problems().stream()
                        .map(p -> Map.of(
                                "field",
                                p.line() < 0 ? "itemId" : "exceptions[" + p.line() + "]." + fieldOf(p),
                                "message",
                                messages.getMessage(p.messageKey(), p.arguments(), locale)))
                        .toList());
        return problem;
    }

    /** A line's "scope" is the item itself here: a problem with it is the trainee's, already recorded or twice. */
    private static String fieldOf(PastAttendancePlan.Problem problem) {
        return "scope".equals(problem.field()) ? "cadreId" : problem.field();
    }
}
