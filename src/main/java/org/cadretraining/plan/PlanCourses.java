package org.cadretraining.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cadretraining.course.PlannedCourses;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses created from approved plan items, on days within the planned months, and their actual cost. The places
 * per unit are not turned into the course's quotas: the enrolment module offers no API to allocate them, so the
 * organiser allocates them on the course's enrolment page.
 */
@Service
class PlanCourses {

    /** What the organiser chooses when creating the course; the rest comes from the item. */
    record NewCourse(LocalDate startsOn, LocalDate endsOn, long organiserUnitId, int capacity) {}

    private final PlanStore store;
    private final CourseLinks links;
    private final PlannedCourses courses;

    PlanCourses(PlanStore store, CourseLinks links, PlannedCourses courses) {
        this.store = store;
        this.links = links;
        this.courses = courses;
    }

    /** The new draft course's id, linked to the item it was created from. */
    @Transactional
    long create(long itemId, NewCourse course, CurrentUser user) {
        PlanRights.requireEditor(user);
        PlanItem item = store.item(itemId).orElseThrow(() -> DomainException.notFound("plan.item.notFound"));
        AnnualPlan plan = store.lock(item.year()).orElseThrow();
        if (!plan.approved()) {
            throw DomainException.conflict(null, "plan.course.notApproved");
        }
        if (course.endsOn().isBefore(course.startsOn())) {
            throw DomainException.invalid("endsOn", "plan.course.endsBeforeStart");
        }
        if (!item.allows(course.startsOn(), course.endsOn())) {
            String field = course.startsOn().isBefore(item.firstDay()) ? "startsOn" : "endsOn";
            throw DomainException.invalid(field, "plan.course.outsideMonths", item.firstDay(), item.lastDay());
        }
        long courseId = courses.createDraft(
                new PlannedCourses.Planned(
                        item.title(),
                        course.organiserUnitId(),
                        course.startsOn(),
                        course.endsOn(),
                        course.capacity(),
                        item.plannedHours(),
                        item.trainingForm(),
                        item.rankCodes(),
                        item.cadreCategories()),
                user);
        links.link(courseId, itemId);
        return courseId;
    }

    @Transactional
    void recordCost(long courseId, BigDecimal cost, CurrentUser user) {
        PlanRights.requireEditor(user);
        if (cost == null || !PlanItemChecks.isAmount(cost)) {
            throw DomainException.invalid("actualCost", "plan.course.costInvalid");
        }
        if (links.recordCost(courseId, cost) == 0) {
            throw DomainException.notFound("plan.course.notFromPlan");
        }
    }
}
