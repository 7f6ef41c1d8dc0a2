package org.cadretraining.course;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a course's agenda items for organisers: checks what each item names, refuses clashes (of the course's own
 * items, of speakers and sites elsewhere), keeps every item's 学时 in step with the institution's rule, and announces
 * each change through the course, whose version refuses a concurrent change planned on stale data.
 */
@Service
class AgendaPlanner {

    private final CoursePlanner planner;
    private final AgendaItemRepository items;
    private final AgendaConflicts conflicts;
    private final AgendaCredit credit;
    private final AgendaReferences references;

    AgendaPlanner(
            CoursePlanner planner,
            AgendaItemRepository items,
            AgendaConflicts conflicts,
            AgendaCredit credit,
            AgendaReferences references) {
        this.planner = planner;
        this.items = items;
        this.conflicts = conflicts;
        this.credit = credit;
        this.references = references;
    }

    @Transactional
    AgendaItem addItem(long courseId, AgendaItemDetails details, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = planner.find(courseId);
        references.check(details);
        AgendaItem item = course.schedule(details);
        CoursePlanner.refuseFirst(conflicts.find(course, null, details));
        AgendaItem saved = items.save(item);
        credit.recredit(courseId);
        course.agendaChanged(
                saved.id(), AgendaChanged.Change.ADDED, null, AgendaChanged.ItemState.of(saved), user.username());
        planner.save(course);
        return planner.findItem(courseId, saved.id());
    }

    /** What planning one of several items came to: the item, or why it was refused. */
    record ItemOutcome(AgendaItem item, DomainException refused) {}

    /**
     * Plans many items at once (an imported programme, a copied course), each checked as one entered by hand, against
     * the course's items including those planned before it in the batch; the 学时 are worked out once, at the end.
     * A refused item is reported, not thrown, so that the caller can tell every problem at once and roll back.
     */
    @Transactional
    List<ItemOutcome> addItems(long courseId, List<AgendaItemDetails> planned, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = planner.find(courseId);
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (AgendaItemDetails details : planned) {
            try {
                references.check(details);
                AgendaItem item = course.schedule(details);
                CoursePlanner.refuseFirst(conflicts.find(course, null, details));
                AgendaItem saved = items.save(item);
                course.agendaChanged(
                        saved.id(),
                        AgendaChanged.Change.ADDED,
                        null,
                        AgendaChanged.ItemState.of(saved),
                        user.username());
                outcomes.add(new ItemOutcome(saved, null));
            } catch (DomainException refused) {
                if (refused.kind() == DomainException.Kind.FORBIDDEN) {
                    throw refused;
                }
                outcomes.add(new ItemOutcome(null, refused));
            }
        }
        credit.recredit(courseId);
        planner.save(course);
        return outcomes;
    }

    @Transactional
    AgendaItem changeItem(long courseId, long itemId, AgendaItemDetails details, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = planner.find(courseId);
        AgendaItem item = planner.findItem(courseId, itemId);
        AgendaChanged.ItemState before = AgendaChanged.ItemState.of(item);
        references.check(details);
        course.reschedule(item, details);
        CoursePlanner.refuseFirst(conflicts.find(course, itemId, details));
        items.save(item);
        credit.recredit(courseId);
        course.agendaChanged(
                itemId, AgendaChanged.Change.CHANGED, before, AgendaChanged.ItemState.of(item), user.username());
        planner.save(course);
        return planner.findItem(courseId, itemId);
    }

    @Transactional
    void removeItem(long courseId, long itemId, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = planner.find(courseId);
        AgendaItem item = planner.findItem(courseId, itemId);
        course.unschedule(item);
        items.delete(item);
        credit.recredit(courseId);
        course.agendaChanged(
                itemId, AgendaChanged.Change.REMOVED, AgendaChanged.ItemState.of(item), null, user.username());
        planner.save(course);
    }

    /**
     * What saving the item would meet, without saving: its conflicts and the 学时 the rule would give it among the
     * course's other items.
     */
    @Transactional(readOnly = true)
    AgendaCheck check(long courseId, Long itemId, AgendaItemDetails details, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course course = planner.find(courseId);
        List<ScheduleConflict> found = new ArrayList<>();
        try {
            references.check(details);
            course.schedule(details);
        } catch (DomainException refusal) {
            found.add(new ScheduleConflict(refusal.field(), refusal.messageKey(), List.of(refusal.arguments())));
        }
        found.addAll(conflicts.find(course, itemId, details));
        CreditHours hours = credit.preview(courseId, itemId, details);
        MessageSourceResolvable zeroCredit = ZeroCredit.reason(
                        details.type(),
                        details.startsAt(),
                        details.mandatory(),
                        hours,
                        details.creditOverride() != null,
                        credit.rules())
                .orElse(null);
        return new AgendaCheck(found, hours, zeroCredit);
    }

    /**
     * The result of checking an item before it is saved; {@code zeroCredit} says why a mandatory item would earn no
     * 学时 (null when it earns some or is optional).
     */
    record AgendaCheck(List<ScheduleConflict> conflicts, CreditHours credit, MessageSourceResolvable zeroCredit) {}

    /** Looks up a cadre speaker or presider by their staff number, refusing an unknown one next to the field. */
    Long cadreIdByStaffNumber(String field, String staffNumber) {
        return references.cadreIdByStaffNumber(field, staffNumber);
    }

    /** A cadre's staff number by their id, blank when not found, to show a saved item in its form. */
    String staffNumberOf(long cadreId) {
        return references.staffNumberOf(cadreId);
    }

    /** Applies changed training rules to every course not yet completed (completed ones keep their 学时). */
    @Transactional
    int recreditCoursesBeforeCompletion() {
        return credit.recreditCoursesBeforeCompletion();
    }
}
