package org.cadretraining.course;

import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the training rules in force, for the rules page and the API alike: only a rule keeper may, and the new
 * rules apply at once to the 学时 of every course not yet completed.
 */
@Service
class TrainingRulesKeeper {

    private final TrainingRulesStore store;
    private final AgendaPlanner agendaPlanner;

    TrainingRulesKeeper(TrainingRulesStore store, AgendaPlanner agendaPlanner) {
        this.store = store;
        this.agendaPlanner = agendaPlanner;
    }

    /** The rules in force, for a rule keeper. */
    @Transactional(readOnly = true)
    TrainingRules current(CurrentUser user) {
        CourseRights.requireRuleKeeper(user);
        return store.current();
    }

    /** Saves the rules as a new version by {@code user}; answers how many courses were credited anew. */
    @Transactional
    int replace(TrainingRules rules, CurrentUser user) {
        return replace(rules, true, user);
    }

    /** The same; without {@code itemTypesGiven} the kinds of items keep the rules in force. */
    @Transactional
    int replace(TrainingRules rules, boolean itemTypesGiven, CurrentUser user) {
        CourseRights.requireRuleKeeper(user);
        store.save(itemTypesGiven ? rules : rules.withItemTypes(store.current().itemTypes()), user.username());
        return agendaPlanner.recreditCoursesBeforeCompletion();
    }
}
