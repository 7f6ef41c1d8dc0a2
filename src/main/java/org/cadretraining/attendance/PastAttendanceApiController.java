package org.cadretraining.attendance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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

@ApiController("/api/v1/courses/{courseId}/attendance/afterwards")
@Tag(name = "Attendance", description = "Check-in, marking and attendance of agenda items")
class PastAttendanceApiController {

    /** Everyone present at every item, except these lines; {@code dryRun} answers the plan and writes nothing. */
    record PastAttendanceRequest(
            @Schema(description = "why and from what the attendance is recorded afterwards; required, ≤ 1000")
            String note,

            Boolean dryRun,
            List<Line> lines) {}

    /** One exception: an item, or all items of a day, or (with neither) the whole course. */
    record Line(
            Long cadreId,
            Long itemId,
            LocalDate day,
            PastStatus status,

            @Schema(description = "for LATE and LEFT_EARLY: when they arrived or left, within the item")
            LocalTime at) {}

    record Trainee(
            long cadreId,
            String name,
            int present,
            int absent,
            int onLeave,
            int late,
            int leftEarly,
            int alreadyRecorded,
            boolean pastLeaveCap) {}

    record PlanResponse(boolean written, int presentCells, int exceptionCells, int keptCells, List<Trainee> trainees) {}

    private final PastAttendance planner;
    private final PastAttendanceWriter writer;
    private final MessageSource messages;

    PastAttendanceApiController(PastAttendance planner, PastAttendanceWriter writer, MessageSource messages) {
        this.planner = planner;
        this.writer = writer;
        this.messages = messages;
    }

    @Operation(
            summary = "Record the attendance of a course that already took place",
            description = "Everyone is recorded present at every item except the lines given; cells already recorded"
                    + " are kept. With dryRun the plan is answered and nothing is written. Any problem is a 400"
                    + " problem detail listing each line's problems; then nothing is written.")
    @PostMapping
    ResponseEntity<?> record(@PathVariable long courseId, @RequestBody PastAttendanceRequest request) {
        List<PastException> lines = request.lines() == null
                ? List.of()
                : request.lines().stream()
                        .map(l -> new PastException(l.cadreId(), l.itemId(), l.day(), l.status(), l.at()))
                        .toList();
        CurrentUser user = CurrentUser.get();
        boolean dryRun = Boolean.TRUE.equals(request.dryRun());
        PastAttendancePlan plan =
                dryRun ? planner.plan(courseId, lines, user) : writer.record(courseId, request.note(), lines, user);
        if (!plan.writable()) {
            return ResponseEntity.badRequest().body(problem(plan));
        }
        PlanResponse body = new PlanResponse(
                !dryRun,
                plan.presentCells(),
                plan.exceptionCells(),
                plan.keptCells(),
                plan.trainees().stream()
                        .map(t -> new Trainee(
                                t.member().cadreId(),
                                t.member().name(),
                                t.present(),
                                t.absent(),
                                t.onLeave(),
                                t.late(),
                                t.leftEarly(),
                                t.kept(),
                                t.pastLeaveCap()))
                        .toList());
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body);
    }

    private ProblemDetail problem(PastAttendancePlan plan) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid", null, locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setProperty(
                "errors",
                plan.problems().stream()
                        .map(p -> Map.of(
                                "field",
                                p.line() < 0 ? "courseId" : "lines[" + p.line() + "]." + p.field(),
                                "message",
                                messages.getMessage(p.messageKey(), p.arguments(), locale)))
                        .toList());
        return problem;
    }
}
