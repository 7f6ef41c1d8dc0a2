package org.cadretraining.course;

import java.time.Clock;
import java.util.List;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans courses for organisers: their details (checked against the units, sites and other courses), their steps,
 * and who may see them. {@link AgendaPlanner} plans their items. Every change saves the course, whose version then
 * refuses a concurrent change planned on stale data.
 */
@Service
class CoursePlanner {

    private final CourseRepository courses;
    private final AgendaItemRepository items;
    private final AgendaConflicts conflicts;
    private final CourseDetailsCheck detailsCheck;
    private final Clock clock;

    CoursePlanner(
            CourseRepository courses,
            AgendaItemRepository items,
            AgendaConflicts conflicts,
            CourseDetailsCheck detailsCheck,
            Clock clock) {
        this.detailsCheck = detailsCheck;
        this.courses = courses;
        this.items = items;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    @Transactional
    Course create(CourseDetails details, CurrentUser user) {
        return create(details, true, user);
    }

    /**
     * Plans a course; unless {@code duplicateConfirmed}, one with the same title on overlapping days is refused so
     * that the planner can look at it first.
     */
    @Transactional
    Course create(CourseDetails details, boolean duplicateConfirmed, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = Course.plan(details, clock.instant(), user.username());
        detailsCheck.check(null, details, duplicateConfirmed);
        return courses.save(course);
    }

    @Transactional
    Course update(long id, CourseDetails details, CurrentUser user) {
        return update(id, details, true, user);
    }

    @Transactional
    Course update(long id, CourseDetails details, boolean duplicateConfirmed, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = find(id);
        WhoAndForWhom.check(details);
        detailsCheck.check(id, details, duplicateConfirmed);
        boolean moved = !details.startsOn().equals(course.startsOn())
                || !details.endsOn().equals(course.endsOn());
        if (moved) {
            long outside = items.findByCourse(id).stream()
                    .filter(item -> item.day().isBefore(details.startsOn())
                            || item.day().isAfter(details.endsOn()))
                    .count();
            if (outside > 0) {
                throw DomainException.invalid("startsOn", "course.dates.agendaOutside", outside);
            }
            refuseFirst(conflicts.findForDates(id, details.startsOn(), details.endsOn()));
        }
        course.describe(details);
        return save(course);
    }

    @Transactional
    Course take(long id, CourseTransition transition, String reason, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = find(id);
        course.take(transition, reason, java.time.LocalDate.now(clock), user.username(), clock.instant());
        return save(course);
    }

    @Transactional(readOnly = true)
    Course get(long id, CurrentUser user) {
        Course course = find(id);
        if (!CourseRights.maySee(user, course.status())) {
            throw DomainException.forbidden();
        }
        return course;
    }

    @Transactional(readOnly = true)
    List<AgendaItem> agenda(long courseId, CurrentUser user) {
        get(courseId, user);
        return items.findByCourse(courseId);
    }

    @Transactional(readOnly = true)
    AgendaItem item(long courseId, long itemId, CurrentUser user) {
        get(courseId, user);
        return findItem(courseId, itemId);
    }

    /** Saves the course; a concurrent change of the same course since it was read is refused, not lost. */
    Course save(Course course) {
        try {
            return courses.save(course);
        } catch (OptimisticLockingFailureException stale) {
            throw DomainException.conflict(null, "course.changedMeanwhile");
        }
    }

    static void refuseFirst(List<ScheduleConflict> found) {
        if (!found.isEmpty()) {
            ScheduleConflict first = found.getFirst();
            throw DomainException.conflict(
                    first.field(), first.messageKey(), first.arguments().toArray());
        }
    }

    Course find(long id) {
        return courses.findById(id).orElseThrow(() -> DomainException.notFound("course.notFound"));
    }

    AgendaItem findItem(long courseId, long itemId) {
        return items.findById(itemId)
                .filter(item -> item.courseId() == courseId)
                .orElseThrow(() -> DomainException.notFound("course.agenda.notFound"));
    }
}
