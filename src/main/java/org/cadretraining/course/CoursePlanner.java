package org.cadretraining.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.course.lecturer.Lecturers;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans courses and their agendas for organisers: checks what the course refers to (units, sites, lecturers,
 * cadres), refuses conflicts, and keeps every item's 学时 up to date with the institution's rule. Every agenda change
 * also saves the course, whose version then refuses a concurrent change planned on stale data.
 */
@Service
class CoursePlanner {

    private final CourseRepository courses;
    private final AgendaItemRepository items;
    private final AgendaConflicts conflicts;
    private final CreditRule creditRule;
    private final OrganisationDirectory directory;
    private final Sites sites;
    private final Lecturers lecturers;
    private final CourseDetailsCheck detailsCheck;
    private final Clock clock;

    CoursePlanner(
            CourseRepository courses,
            AgendaItemRepository items,
            AgendaConflicts conflicts,
            CreditRule creditRule,
            OrganisationDirectory directory,
            Sites sites,
            Lecturers lecturers,
            CourseDetailsCheck detailsCheck,
            Clock clock) {
        this.detailsCheck = detailsCheck;
        this.courses = courses;
        this.items = items;
        this.conflicts = conflicts;
        this.creditRule = creditRule;
        this.directory = directory;
        this.sites = sites;
        this.lecturers = lecturers;
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

    @Transactional
    AgendaItem addItem(long courseId, AgendaItemDetails details, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = find(courseId);
        checkReferences(details);
        AgendaItem item = course.schedule(details);
        refuseFirst(conflicts.find(course, null, details));
        AgendaItem saved = items.save(item);
        recredit(courseId);
        course.agendaChanged(
                saved.id(), AgendaChanged.Change.ADDED, null, AgendaChanged.ItemState.of(saved), user.username());
        save(course);
        return findItem(courseId, saved.id());
    }

    @Transactional
    AgendaItem changeItem(long courseId, long itemId, AgendaItemDetails details, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = find(courseId);
        AgendaItem item = findItem(courseId, itemId);
        AgendaChanged.ItemState before = AgendaChanged.ItemState.of(item);
        checkReferences(details);
        course.reschedule(item, details);
        refuseFirst(conflicts.find(course, itemId, details));
        items.save(item);
        recredit(courseId);
        course.agendaChanged(
                itemId, AgendaChanged.Change.CHANGED, before, AgendaChanged.ItemState.of(item), user.username());
        save(course);
        return findItem(courseId, itemId);
    }

    @Transactional
    void removeItem(long courseId, long itemId, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = find(courseId);
        AgendaItem item = findItem(courseId, itemId);
        course.unschedule(item);
        items.delete(item);
        recredit(courseId);
        course.agendaChanged(
                itemId, AgendaChanged.Change.REMOVED, AgendaChanged.ItemState.of(item), null, user.username());
        save(course);
    }

    /**
     * What saving the item would meet, without saving: its conflicts and the 学时 the rule would give it among the
     * course's other items.
     */
    @Transactional(readOnly = true)
    AgendaCheck check(long courseId, Long itemId, AgendaItemDetails details, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = find(courseId);
        List<ScheduleConflict> found = new ArrayList<>();
        try {
            checkReferences(details);
            course.schedule(details);
        } catch (DomainException refusal) {
            found.add(new ScheduleConflict(refusal.field(), refusal.messageKey(), List.of(refusal.arguments())));
        }
        found.addAll(conflicts.find(course, itemId, details));
        CreditHours credit = previewCredit(courseId, itemId, details);
        MessageSourceResolvable zeroCredit = ZeroCredit.reason(
                        details.type(),
                        details.startsAt(),
                        details.mandatory(),
                        credit,
                        details.creditOverride() != null,
                        creditRule.current())
                .orElse(null);
        return new AgendaCheck(found, credit, zeroCredit);
    }

    /**
     * The result of checking an item before it is saved; {@code zeroCredit} says why a mandatory item would earn no
     * 学时 (null when it earns some or is optional).
     */
    record AgendaCheck(List<ScheduleConflict> conflicts, CreditHours credit, MessageSourceResolvable zeroCredit) {}

    /** Looks up a cadre speaker or presider by their staff number, refusing an unknown one next to the field. */
    Long cadreIdByStaffNumber(String field, String staffNumber) {
        return directory
                .cadreIdByStaffNumber(staffNumber)
                .orElseThrow(() -> DomainException.invalid(field, "course.agenda.speaker.cadreNotFound", staffNumber));
    }

    /** A cadre's staff number by their id, blank when not found, to show a saved item in its form. */
    String staffNumberOf(long cadreId) {
        return directory.cadre(cadreId).map(c -> c.staffNumber()).orElse("");
    }

    private CreditHours previewCredit(long courseId, Long itemId, AgendaItemDetails details) {
        if (details.creditOverride() != null) {
            return details.creditOverride();
        }
        List<CreditRule.Slot> slots = new ArrayList<>();
        slots.add(new CreditRule.Slot(details.day(), details.startsAt(), details.endsAt()));
        for (AgendaItem other : items.findByCourse(courseId)) {
            if (!other.id().equals(itemId) && !other.creditOverridden()) {
                slots.add(new CreditRule.Slot(other.day(), other.startsAt(), other.endsAt()));
            }
        }
        return creditRule.hoursFor(slots).getFirst();
    }

    /**
     * Applies changed training rules to every course not yet completed: their items' 学时 follow the new rule.
     * Completed courses keep the hours they were completed with.
     */
    @Transactional
    int recreditCoursesBeforeCompletion() {
        List<Course> open = courses.findAll().stream()
                .filter(course -> course.status().beforeCompletion())
                .toList();
        open.forEach(course -> recredit(course.id()));
        return open.size();
    }

    /** Applies the rule to every item of the course whose 学时 the organiser did not fix. */
    private void recredit(long courseId) {
        List<AgendaItem> ruled = items.findByCourse(courseId).stream()
                .filter(item -> !item.creditOverridden())
                .toList();
        List<CreditHours> hours = creditRule.hoursFor(ruled.stream()
                .map(item -> new CreditRule.Slot(item.day(), item.startsAt(), item.endsAt()))
                .toList());
        for (int i = 0; i < ruled.size(); i++) {
            AgendaItem item = ruled.get(i);
            if (!item.ruleCredit().equals(hours.get(i))) {
                item.creditedByRule(hours.get(i));
                items.save(item);
            }
        }
    }

    private void checkReferences(AgendaItemDetails details) {
        if (details.siteId() != null && sites.find(details.siteId()).isEmpty()) {
            throw DomainException.invalid("siteId", "course.site.notFound");
        }
        for (Speaker speaker : details.speakers()) {
            boolean main = speaker == details.speakers().getFirst();
            checkPerson(speaker, main ? "speakerLecturerId" : "speakers", main ? "speakerStaffNumber" : "speakers");
        }
        checkPerson(details.presider(), "presiderLecturerId", "presiderStaffNumber");
    }

    private void checkPerson(Speaker person, String lecturerField, String cadreField) {
        if (person.lecturerId() != null && lecturers.find(person.lecturerId()).isEmpty()) {
            throw DomainException.invalid(lecturerField, "course.lecturer.notFound");
        }
        if (person.cadreId() != null && directory.cadre(person.cadreId()).isEmpty()) {
            throw DomainException.invalid(cadreField, "course.agenda.speaker.cadreNotFound", "");
        }
    }

    /** Saves the course; a concurrent change of the same course since it was read is refused, not lost. */
    private Course save(Course course) {
        try {
            return courses.save(course);
        } catch (OptimisticLockingFailureException stale) {
            throw DomainException.conflict(null, "course.changedMeanwhile");
        }
    }

    private static void refuseFirst(List<ScheduleConflict> found) {
        if (!found.isEmpty()) {
            ScheduleConflict first = found.getFirst();
            throw DomainException.conflict(
                    first.field(), first.messageKey(), first.arguments().toArray());
        }
    }

    private Course find(long id) {
        return courses.findById(id).orElseThrow(() -> DomainException.notFound("course.notFound"));
    }

    private AgendaItem findItem(long courseId, long itemId) {
        return items.findById(itemId)
                .filter(item -> item.courseId() == courseId)
                .orElseThrow(() -> DomainException.notFound("course.agenda.notFound"));
    }
}
