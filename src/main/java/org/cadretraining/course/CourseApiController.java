package org.cadretraining.course;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.organisation.PageOf;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/courses")
@Tag(name = "Courses", description = "Training courses and their status from draft to archive")
class CourseApiController {

    record CourseResource(
            long id,
            CourseStatus status,
            String cancelReason,
            LocalizedText title,
            LocalizedText purpose,
            long organiserUnitId,
            List<Long> organiserUnitIds,
            List<Long> coOrganiserUnitIds,
            Long hostUnitId,
            Long venueSiteId,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            CreditHours requiredHours,
            TrainingCategory category,
            TrainingForm trainingForm,
            Contact contact,
            Audience audience,
            List<Cohort> cohorts,
            LocalizedText notes,
            List<String> transitions) {}

    /** Why a course is cancelled; the other steps need no body. */
    record Cancellation(String reason) {}

    private final CoursePlanner planner;
    private final CourseSteps steps;
    private final CourseSearch search;

    CourseApiController(CoursePlanner planner, CourseSearch search, CourseSteps steps) {
        this.planner = planner;
        this.steps = steps;
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Find courses by part of a title, status, category, training form and year; sorted and paged")
    PageOf<CourseRow> list(@ModelAttribute CourseCriteria criteria) {
        return search.search(criteria, CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One course")
    CourseResource get(@PathVariable long id) {
        return resource(planner.get(id, CurrentUser.get()));
    }

    @PostMapping
    @Operation(
            summary = "Plan a course, as a draft (administrators and organisers)",
            description = "organiserUnitId is the lead organiser (主办), jointOrganiserUnitIds the further organisers"
                    + " in order, coOrganiserUnitIds the co-organisers (协办), hostUnitId the host (承办, an external"
                    + " institution). A course with the same Chinese title on overlapping days is refused with 409"
                    + " naming it, unless confirmDuplicate is true.")
    ResponseEntity<CourseResource> create(@Valid @RequestBody CourseForm form) {
        CourseRights.requirePlanner(CurrentUser.get());
        Course course = planner.create(form.toDetails(), form.duplicateConfirmed(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + course.id()))
                .body(resource(course));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a course's details; new dates must still hold its agenda",
            description = "The same fields as for planning; a course with the same Chinese title on overlapping days"
                    + " is refused with 409 unless confirmDuplicate is true.")
    CourseResource update(@PathVariable long id, @Valid @RequestBody CourseForm form) {
        CourseRights.requirePlanner(CurrentUser.get());
        return resource(planner.update(id, form.toDetails(), form.duplicateConfirmed(), CurrentUser.get()));
    }

    @PostMapping("/{id}/open-nominations")
    @Operation(summary = "Open nominations (from draft)")
    CourseResource openNominations(@PathVariable long id) {
        return take(id, CourseTransition.OPEN_NOMINATIONS, null);
    }

    @PostMapping("/{id}/close-nominations")
    @Operation(summary = "Close nominations (from nominations open)")
    CourseResource closeNominations(@PathVariable long id) {
        return take(id, CourseTransition.CLOSE_NOMINATIONS, null);
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Start the course (from nominations closed)")
    CourseResource start(@PathVariable long id) {
        return take(id, CourseTransition.START, null);
    }

    @PostMapping("/{id}/complete")
    @Operation(
            summary = "Complete the course (from in progress)",
            description = "Judges every trainee's completion. When another module sees something wrong with it (no"
                    + " attendance recorded at all), the answer is 409 naming it, unless confirm=true.")
    CourseResource complete(
            @PathVariable long id,
            @Parameter(description = "complete despite the warnings") @RequestParam(defaultValue = "false")
                    boolean confirm) {
        return resource(steps.take(id, CourseTransition.COMPLETE, null, confirm, CurrentUser.get()));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive the course (from completed)")
    CourseResource archive(@PathVariable long id) {
        return take(id, CourseTransition.ARCHIVE, null);
    }

    @PostMapping("/{id}/record-as-held")
    @Operation(
            summary = "Record a course that already took place as held",
            description = "From draft or nominations, once the course's last day has passed: the course is in progress,"
                    + " ready for its attendance to be recorded afterwards and for completion.")
    CourseResource recordAsHeld(@PathVariable long id) {
        return take(id, CourseTransition.RECORD_AS_HELD, null);
    }

    @PostMapping("/{id}/unarchive")
    @Operation(summary = "Undo an archive (administrators; back to completed)")
    CourseResource unarchive(@PathVariable long id) {
        return take(id, CourseTransition.UNARCHIVE, null);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel the course with a reason (any time before it completes)")
    CourseResource cancel(@PathVariable long id, @RequestBody(required = false) Cancellation cancellation) {
        return take(id, CourseTransition.CANCEL, cancellation == null ? null : cancellation.reason());
    }

    private CourseResource take(long id, CourseTransition transition, String reason) {
        return resource(steps.take(id, transition, reason, false, CurrentUser.get()));
    }

    private CourseResource resource(Course course) {
        return new CourseResource(
                course.id(),
                course.status(),
                course.lifecycle().cancelReason(),
                course.title(),
                course.purpose(),
                course.organiserUnitId(),
                course.who().organiserUnitIds(),
                course.who().coOrganiserUnitIds(),
                course.hostUnitId(),
                course.venueSiteId(),
                course.startsOn(),
                course.endsOn(),
                course.capacity(),
                course.requiredHours(),
                course.category(),
                course.who().trainingForm(),
                course.who().contact(),
                course.who().audience(),
                course.who().cohorts(),
                course.who().notes(),
                steps.available(course, CurrentUser.get()).stream()
                        .map(CourseTransition::slug)
                        .toList());
    }
}
