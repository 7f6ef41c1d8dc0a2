package org.cadretraining.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

@ApiController("/api/v1/plans")
@Tag(
        name = "Annual training plan",
        description = "A year's planned courses (年度培训计划), their approval by the Party committee, changes with a"
                + " reason after approval, planned against held and the coverage of each rank's requirement."
                + " Organisers and administrators change it; unit liaisons read it; cadres are refused.")
class PlanApiController {

    /** The plan of a year with everything the plan page shows. */
    record PlanView(
            int year,
            AnnualPlan plan,
            PlanFigures.Figures figures,
            List<PlanCoverage.Row> coverage,
            List<PlanChange> history) {}

    record Approval(String approvingBody, LocalDate approvedOn) {}

    private final AnnualPlans plans;
    private final PlanFigures figures;
    private final PlanCoverage coverage;
    private final PlanCourses courses;

    PlanApiController(AnnualPlans plans, PlanFigures figures, PlanCoverage coverage, PlanCourses courses) {
        this.plans = plans;
        this.figures = figures;
        this.coverage = coverage;
        this.courses = courses;
    }

    @Operation(summary = "The plan of a year: status and approval, items with planned against held, coverage, history")
    @GetMapping("/{year}")
    PlanView plan(@PathVariable int year) {
        CurrentUser user = CurrentUser.get();
        PlanPage.checkedYear(year);
        return new PlanView(
                year,
                plans.plan(year, user).orElse(null),
                figures.of(year, user),
                coverage.of(year, user),
                plans.history(year, user));
    }

    @Operation(summary = "Adds a planned course; after approval a reason is required and kept in the history")
    @PostMapping("/{year}/items")
    @ResponseStatus(HttpStatus.CREATED)
    PlanItem add(@PathVariable int year, @Valid @RequestBody PlanItemForm item) {
        PlanPage.checkedYear(year);
        PlanItemChecks.requireValid(item);
        return plans.add(item.toItem(null, year), item.getReason(), CurrentUser.get());
    }

    @Operation(summary = "Changes a planned course; after approval a reason is required and kept in the history")
    @PutMapping("/items/{id}")
    PlanItem change(@PathVariable long id, @Valid @RequestBody PlanItemForm item) {
        CurrentUser user = CurrentUser.get();
        PlanItemChecks.requireValid(item);
        PlanItem before = plans.item(id, user);
        return plans.change(id, item.toItem(id, before.year()), item.getReason(), user);
    }

    @Operation(summary = "Withdraws a planned course; after approval a reason is required")
    @DeleteMapping("/items/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason) {
        plans.withdraw(id, reason, CurrentUser.get());
    }

    @Operation(summary = "Submits the draft to the Party committee")
    @PostMapping("/{year}/submit")
    AnnualPlan submit(@PathVariable int year) {
        return plans.submit(PlanPage.checkedYear(year), CurrentUser.get());
    }

    @Operation(summary = "Records the committee's approval: the approving body and the day")
    @PostMapping("/{year}/approve")
    AnnualPlan approve(@PathVariable int year, @RequestBody Approval approval) {
        return plans.approve(
                PlanPage.checkedYear(year), approval.approvingBody(), approval.approvedOn(), CurrentUser.get());
    }

    @Operation(
            summary = "Creates a draft course from an approved item, on days within its months, and links it",
            description = "Title, audience, 学时 and training form come from the item. The places per unit are not"
                    + " made quotas: the enrolment module has no API for it; allocate them on the course.")
    @PostMapping("/items/{id}/courses")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> createCourse(@PathVariable long id, @Valid @RequestBody CourseFromItemForm course) {
        return Map.of("id", courses.create(id, course.toCourse(), CurrentUser.get()));
    }

    @Operation(summary = "Records what a course created from the plan actually cost (yuan)")
    @PutMapping("/courses/{courseId}/cost")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cost(@PathVariable long courseId, @RequestBody Map<String, java.math.BigDecimal> body) {
        courses.recordCost(courseId, body.get("actualCost"), CurrentUser.get());
    }
}
