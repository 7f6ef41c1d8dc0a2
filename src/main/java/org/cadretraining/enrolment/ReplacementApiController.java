package org.cadretraining.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Replacing a trainee (调换) through the API, as the replace page does: checked first when asked, then done. */
@ApiController("/api/v1")
@Tag(name = "Enrolment", description = "Quotas per unit, nominations (调训), approval, direct enrolment, waiting list")
class ReplacementApiController {

    /**
     * Who takes the place and why; {@code duringCourse} when the organiser replaces while the course runs;
     * {@code dryRun} to check everything without writing.
     */
    record ReplacementRequest(
            @NotNull(message = "{enrolment.cadre.required}") Long cadreId,
            String reason,
            Boolean duringCourse,
            Boolean dryRun) {}

    private final Replacements replacements;
    private final Roster roster;

    ReplacementApiController(Replacements replacements, Roster roster) {
        this.replacements = replacements;
        this.roster = roster;
    }

    @PostMapping("/enrolments/{id}/replacement")
    @Operation(
            summary = "Replace a place's holder with another cadre of the same unit (调换), keeping who replaced whom;"
                    + " the organiser until the course starts (or while it runs, with duringCourse), the unit's"
                    + " liaison while nominations are open; with dryRun, only checked")
    ResponseEntity<Roster.Entry> replace(@PathVariable long id, @Valid @RequestBody ReplacementRequest request) {
        Replacements.Request asked =
                new Replacements.Request(request.cadreId(), request.reason(), request.duringCourse());
        CurrentUser user = CurrentUser.get();
        if (Boolean.TRUE.equals(request.dryRun())) {
            return ResponseEntity.ok(roster.entry(replacements.check(id, asked, user)));
        }
        Enrolment placed = replacements.replace(id, asked, user);
        return ResponseEntity.created(URI.create("/api/v1/courses/" + placed.courseId() + "/enrolments"))
                .body(roster.entry(placed));
    }
}
