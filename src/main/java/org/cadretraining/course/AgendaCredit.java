package org.cadretraining.course;

import java.util.ArrayList;
import java.util.List;
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
        slots.add(new CreditRule.Slot(details.day(), details.startsAt(), details.endsAt()));
        for (AgendaItem other : items.findByCourse(courseId)) {
            if (!other.id().equals(itemId) && !other.creditOverridden()) {
                slots.add(new CreditRule.Slot(other.day(), other.startsAt(), other.endsAt()));
            }
        }
        return creditRule.hoursFor(slots).getFirst();
    }

    /** Applies the rule to every item of the course whose 学时 the organiser did not fix. */
    void recredit(long courseId) {
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
