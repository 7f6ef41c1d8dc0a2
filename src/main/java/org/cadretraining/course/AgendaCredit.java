package org.cadretraining.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.springframework.stereotype.Component;

/**
 * Keeps agenda items' 学时 in step with the institution's rule: each item whose 学时 the organiser did not fix gets
 * what the rule gives it among the course's other items (the daily cap, shared sittings), and a planned item is
 * previewed the same way.
 */
@Component
class AgendaCredit {

    private final CourseRepository courses;
    private final AgendaItemRepository items;
    private final CreditRule creditRule;

    AgendaCredit(CourseRepository courses, AgendaItemRepository items, CreditRule creditRule) {
        this.courses = courses;
        this.items = items;
        this.creditRule = creditRule;
    }

    TrainingRules rules() {
        return creditRule.current();
    }

    /** The 学时 the rule would give the item among the course's other items, without saving it. */
    CreditHours preview(long courseId, Long itemId, AgendaItemDetails details) {
        if (details.creditOverride() != null) {
            return details.creditOverride();
        }
        List<CreditRule.Slot> slots = new ArrayList<>();
        slots.add(new CreditRule.Slot(details.day(), details.startsAt(), details.endsAt(), details.type()));
        for (AgendaItem other : items.findByCourse(courseId)) {
            if (!other.id().equals(itemId) && !other.creditOverridden()) {
                slots.add(new CreditRule.Slot(other.day(), other.startsAt(), other.endsAt(), other.type()));
            }
        }
        return creditRule.hoursFor(slots).getFirst();
    }

    /** Applies the rule to every item of the course whose 学时 the organiser did not fix. */
    void recredit(long courseId) {
        List<AgendaItem> ruled = items.findByCourse(courseId).stream()
                .filter(item -> !item.creditOverridden())
                .toList();
        List<CreditHours> hours =
                creditRule.hoursFor(ruled.stream().map(item -> slot(item)).toList());
        for (int i = 0; i < ruled.size(); i++) {
            AgendaItem item = ruled.get(i);
            if (!item.ruleCredit().equals(hours.get(i))) {
                item.creditedByRule(hours.get(i));
                items.save(item);
            }
        }
    }

    /**
     * How each item of the course came by its 学时: set by hand, or the rules that gave them. An item whose figure
     * the rules in force would no longer give (a completed course after the rules changed) has no basis named.
     */
    Map<Long, ItemCredit> reckoning(long courseId) {
        TrainingRules rules = creditRule.current();
        List<AgendaItem> all = items.findByCourse(courseId);
        List<AgendaItem> ruled =
                all.stream().filter(item -> !item.creditOverridden()).toList();
        List<CreditRule.Reckoned> reckoned =
                creditRule.reckon(ruled.stream().map(item -> slot(item)).toList());
        Map<Long, ItemCredit> credit = new HashMap<>();
        for (AgendaItem item : all) {
            if (item.creditOverridden()) {
                credit.put(item.id(), itemCredit(item, Set.of(CreditBasis.SET_BY_HAND), rules));
            }
        }
        for (int i = 0; i < ruled.size(); i++) {
            AgendaItem item = ruled.get(i);
            boolean sameFigure = reckoned.get(i).hours().equals(item.credit());
            credit.put(item.id(), itemCredit(item, sameFigure ? reckoned.get(i).bases() : Set.of(), rules));
        }
        return credit;
    }

    private static ItemCredit itemCredit(AgendaItem item, Set<CreditBasis> bases, TrainingRules rules) {
        return rules.itemCredit(
                item.credit(), bases, item.startsAt(), item.type(), slot(item).minutes());
    }

    private static CreditRule.Slot slot(AgendaItem item) {
        return new CreditRule.Slot(item.day(), item.startsAt(), item.endsAt(), item.type());
    }

    /**
     * Applies changed training rules to every course not yet completed: their items' 学时 follow the new rule.
     * Completed courses keep the hours they were completed with.
     */
    int recreditCoursesBeforeCompletion() {
        List<Course> open = courses.findAll().stream()
                .filter(course -> course.status().beforeCompletion())
                .toList();
        open.forEach(course -> recredit(course.id()));
        return open.size();
    }
}
