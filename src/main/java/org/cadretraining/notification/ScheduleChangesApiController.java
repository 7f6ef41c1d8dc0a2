package org.cadretraining.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController("/api/v1/courses/{id}/changes")
@Tag(name = "Course change log", description = "What happened to a course's record and schedule, by whom and when")
class ScheduleChangesApiController {

    record Step(
            @Schema(description = "RECORDED_AS_HELD, ARCHIVED or UNARCHIVED")
            String step,

            @Schema(description = "when, in the institution's time zone (app.time-zone)")
            OffsetDateTime at,

            @Schema(description = "username; null when the step did not say who took it")
            String by) {}

    record Version(
            int number,
            Long agendaItemId,
            String kind,
            String beforeZh,
            String beforeEn,
            String afterZh,
            String afterEn,

            @Schema(description = "when, in the institution's time zone (app.time-zone)")
            OffsetDateTime at,

            String by) {}

    record ChangeLog(long courseId, List<Step> steps, List<Version> versions) {}

    private final ScheduleVersions versions;
    private final CourseStepLog steps;
    private final ChangeLogReaders readers;
    private final Clock clock;

    ScheduleChangesApiController(
            ScheduleVersions versions, CourseStepLog steps, ChangeLogReaders readers, Clock clock) {
        this.versions = versions;
        this.steps = steps;
        this.readers = readers;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "The course's change log",
            description = "The steps of its record (recorded as held after it took place, archived, taken out of the"
                    + " archive), oldest first, and the versions of its schedule, newest first; each with who and"
                    + " when. Read by organisers and the course's own people.")
    ChangeLog changes(@PathVariable long id) {
        readers.courseFor(CurrentUser.get(), id);
        return new ChangeLog(
                id,
                steps.of(id).stream()
                        .map(s -> new Step(s.step().name(), local(s.at()), s.by()))
                        .toList(),
                versions.of(id).stream()
                        .map(v -> new Version(
                                v.number(),
                                v.agendaItemId(),
                                v.kind().name(),
                                v.before().zh(),
                                v.before().en(),
                                v.after().zh(),
                                v.after().en(),
                                local(v.changedAt()),
                                v.changedBy()))
                        .toList());
    }

    private OffsetDateTime local(Instant at) {
        return at.atZone(clock.getZone()).toOffsetDateTime();
    }
}
