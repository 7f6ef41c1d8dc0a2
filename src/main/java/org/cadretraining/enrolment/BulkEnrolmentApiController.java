package org.cadretraining.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadretraining.organisation.CadreFinder;
import org.cadretraining.organisation.CadreFinder.FoundCadre;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1")
@Tag(name = "Enrolment")
class BulkEnrolmentApiController {

    @Schema(description = "Who to enrol: chosen cadres, typed staff numbers or names, and/or everyone a filter finds")
    record BulkRequest(
            List<Long> cadreIds,

            @Schema(description = "staff numbers or names, one per entry")
            List<String> lines,

            Filter filter,

            @Schema(description = "course role for the whole batch (organisers); participant by default")
            CourseRole role,

            @Schema(description = "the number (from 1) of the course's cohort the whole batch joins; none by default")
            Integer cohort,

            @Schema(description = "true (the default): only say what would happen; false: write it")
            Boolean dryRun,

            @Schema(
                    description = "the token of the preview that was shown; a confirmation that would now differ "
                            + "writes nothing and answers 409 with the new preview")
            String previewToken) {}

    @Schema(description = "Active cadres of a unit and its sub-units, of any of the ranks and categories")
    record Filter(Long unitId, Set<String> ranks, Set<String> categories) {}

    private final BulkEnrolment bulk;
    private final BulkView view;
    private final CadreFinder finder;

    BulkEnrolmentApiController(BulkEnrolment bulk, BulkView view, CadreFinder finder) {
        this.bulk = bulk;
        this.view = view;
        this.finder = finder;
    }

    @PostMapping("/courses/{courseId}/enrolments/bulk")
    @Operation(
            summary = "Enrol many at once: preview (dryRun, the default) or confirm",
            description = "Organisers enrol directly in the given role; liaisons nominate their unit's cadres within "
                    + "its quota. Each person is reported as enrolled, waiting (with the place on the list) or "
                    + "refused (with the reason). A confirmation is written in one transaction.")
    ResponseEntity<?> bulk(@PathVariable long courseId, @RequestBody BulkRequest request) {
        CurrentUser user = CurrentUser.get();
        List<Wanted> wanted = wanted(request);
        if (request.dryRun() == null || request.dryRun()) {
            return ResponseEntity.ok(view.of(bulk.preview(courseId, wanted, request.role(), request.cohort(), user)));
        }
        BulkReport report =
                bulk.confirm(courseId, wanted, request.role(), request.cohort(), request.previewToken(), user);
        if (report.stale()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, view.staleSentence());
            problem.setProperty("preview", view.of(report));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.ok(view.of(report));
    }

    private List<Wanted> wanted(BulkRequest request) {
        List<Wanted> wanted = new ArrayList<>();
        if (request.cadreIds() != null) {
            request.cadreIds().stream()
                    .filter(id -> id != null)
                    .map(Wanted::chosen)
                    .forEach(wanted::add);
        }
        if (request.lines() != null) {
            request.lines().stream()
                    .filter(line -> line != null)
                    .map(PastedList::strip)
                    .map(Wanted::typed)
                    .forEach(wanted::add);
        }
        if (request.filter() != null) {
            Filter filter = request.filter();
            finder.find(new CadreFinder.Filter(filter.unitId(), filter.ranks(), filter.categories())).stream()
                    .map(FoundCadre::id)
                    .map(Wanted::chosen)
                    .forEach(wanted::add);
        }
        return wanted;
    }
}
