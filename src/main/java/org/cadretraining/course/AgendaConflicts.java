package org.cadretraining.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Finds what a planned agenda item clashes with: another item of the same course at the same time (unless they
 * share one sitting at one place), its speakers or its site booked elsewhere at the same time in another course,
 * and whatever other modules check. Homework has no sitting and clashes with nothing.
 */
@Component
class AgendaConflicts {

    private final AgendaItemRepository items;
    private final BookingsElsewhere elsewhere;
    private final List<ScheduleConflictCheck> otherChecks;

    AgendaConflicts(AgendaItemRepository items, BookingsElsewhere elsewhere, List<ScheduleConflictCheck> otherChecks) {
        this.items = items;
        this.elsewhere = elsewhere;
        this.otherChecks = otherChecks;
    }

    List<ScheduleConflict> find(Course course, Long itemId, AgendaItemDetails details) {
        if (!details.type().hasSitting()) {
            return List.of();
        }
        Long siteId = details.siteId() != null ? details.siteId() : course.venueSiteId();
        List<ScheduleConflict> found = new ArrayList<>(overlapsInCourse(course, itemId, details, siteId));
        found.addAll(elsewhere.find(course.id(), itemId, details));
        PlannedItem planned = new PlannedItem(
                course.id(),
                itemId,
                details.type(),
                details.day(),
                details.startsAt(),
                details.endsAt(),
                siteId,
                details.speaker().lecturerId(),
                details.speaker().cadreId());
        otherChecks.forEach(check -> found.addAll(check.check(planned)));
        return found;
    }

    List<ScheduleConflict> findForDates(long courseId, LocalDate startsOn, LocalDate endsOn) {
        List<ScheduleConflict> found = new ArrayList<>();
        otherChecks.forEach(check -> found.addAll(check.checkDates(courseId, startsOn, endsOn)));
        return found;
    }

    private List<ScheduleConflict> overlapsInCourse(
            Course course, Long itemId, AgendaItemDetails details, Long siteId) {
        return items.findByCourseOnDay(course.id(), details.day()).stream()
                .filter(other -> !other.id().equals(itemId))
                .filter(other -> other.overlaps(details.day(), details.startsAt(), details.endsAt()))
                .filter(other -> !sameSitting(course, other, details, siteId))
                .map(other -> new ScheduleConflict(
                        "startsAt",
                        "course.conflict.overlap",
                        List.of(other.startsAt(), other.endsAt(), label(other.type(), other.title()))))
                .toList();
    }

    /**
     * Two overlapping items share one sitting when either says so and both are at the same place: an opening
     * ceremony followed by a meeting in the same hall. At different places the same people cannot be at both.
     */
    private static boolean sameSitting(Course course, AgendaItem other, AgendaItemDetails details, Long siteId) {
        Long otherSite = other.siteId() != null ? other.siteId() : course.venueSiteId();
        return (details.sharesSitting() || other.sharesSitting()) && Objects.equals(siteId, otherSite);
    }

    private static Object label(AgendaItemType type, LocalizedText title) {
        if (title.zh().isEmpty() && title.en().isEmpty()) {
            return new DefaultMessageSourceResolvable("course.agenda.type." + type);
        }
        return new TextArgument(title);
    }
}
