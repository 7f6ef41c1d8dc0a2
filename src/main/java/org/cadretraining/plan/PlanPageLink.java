package org.cadretraining.plan;

import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CoursePageLink;
import org.cadretraining.course.CoursePageLinkSource;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The plan item a course was created from, on the course page: the item itself for organisers, the year's plan for
 * unit liaisons (who read the plan but not the item's page); nothing for anyone else.
 */
@Component
class PlanPageLink implements CoursePageLinkSource {

    private final CourseLinks links;
    private final PlanStore store;

    PlanPageLink(CourseLinks links, PlanStore store) {
        this.links = links;
        this.store = store;
    }

    @Override
    public Optional<CoursePageLink> linkFor(CourseSummary course, CurrentUser user) {
        if (PlanRights.mayEdit(user)) {
            return links.linkOf(course.id())
                    .map(link -> new CoursePageLink(90, "/plan/items/" + link.itemId(), "bi-calendar3", "plan.link"));
        }
        if (PlanRights.mayRead(user)) {
            return links.linkOf(course.id())
                    .flatMap(link -> store.item(link.itemId()))
                    .map(item -> new CoursePageLink(90, "/plan?year=" + item.year(), "bi-calendar3", "plan.link"));
        }
        return Optional.empty();
    }
}
