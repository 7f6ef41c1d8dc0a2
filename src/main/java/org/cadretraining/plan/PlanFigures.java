package org.cadretraining.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's plan against what was held, per item and in total: courses created from the item and not cancelled,
 * the trainee places filled in them, the 学时 their agendas give, and what they cost as the organiser recorded it.
 */
@Component
class PlanFigures {

    record HeldCourse(
            long id,
            LocalizedText title,
            CourseStatus status,
            LocalDate startsOn,
            LocalDate endsOn,
            int trainees,
            CreditHours hours,
            BigDecimal cost) {}

    record ItemFigures(
            PlanItem item, List<HeldCourse> held, int placesFilled, CreditHours hoursDelivered, BigDecimal spent) {

        public int courses() {
            return held.size();
        }
    }

    record Totals(
            int plannedCourses,
            int heldCourses,
            int placesFilled,
            CreditHours plannedHours,
            CreditHours hoursDelivered,
            BigDecimal budget,
            BigDecimal spent) {}

    record Figures(List<ItemFigures> items, Totals totals) {}

    private final PlanStore store;
    private final CourseLinks links;
    private final CourseCatalog catalog;
    private final ClassMembers members;

    PlanFigures(PlanStore store, CourseLinks links, CourseCatalog catalog, ClassMembers members) {
        this.store = store;
        this.links = links;
        this.catalog = catalog;
        this.members = members;
    }

    @Transactional(readOnly = true)
    Figures of(int year, CurrentUser user) {
        PlanRights.requireReader(user);
        Map<Long, List<CourseLink>> linksByItem =
                links.links(year).stream().collect(Collectors.groupingBy(CourseLink::itemId));
        List<ItemFigures> rows = new ArrayList<>();
        for (PlanItem item : store.items(year)) {
            List<HeldCourse> held = new ArrayList<>();
            for (CourseLink link : linksByItem.getOrDefault(item.id(), List.of())) {
                catalog.course(link.courseId())
                        .filter(course -> course.status() != CourseStatus.CANCELLED)
                        .ifPresent(course -> held.add(held(course, link)));
            }
            rows.add(new ItemFigures(
                    item,
                    held,
                    held.stream().mapToInt(HeldCourse::trainees).sum(),
                    held.stream().map(HeldCourse::hours).reduce(CreditHours.ZERO, CreditHours::plus),
                    held.stream().map(HeldCourse::cost).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return new Figures(rows, totals(rows));
    }

    private HeldCourse held(CourseSummary course, CourseLink link) {
        return new HeldCourse(
                course.id(),
                course.title(),
                course.status(),
                course.startsOn(),
                course.endsOn(),
                members.trainees(course.id()).size(),
                course.hoursFor(null, catalog.agenda(course.id())),
                link.actualCost() == null ? BigDecimal.ZERO : link.actualCost());
    }

    private static Totals totals(List<ItemFigures> rows) {
        return new Totals(
                rows.size(),
                rows.stream().mapToInt(ItemFigures::courses).sum(),
                rows.stream().mapToInt(ItemFigures::placesFilled).sum(),
                rows.stream().map(r -> r.item().plannedHours()).reduce(CreditHours.ZERO, CreditHours::plus),
                rows.stream().map(ItemFigures::hoursDelivered).reduce(CreditHours.ZERO, CreditHours::plus),
                rows.stream().map(r -> r.item().budget()).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(ItemFigures::spent).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
