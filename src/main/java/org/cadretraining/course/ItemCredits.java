package org.cadretraining.course;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of agenda items' 学时: how each item of a course came by its figure, so that an
 * explanation names only the rules that applied.
 */
@Service
public class ItemCredits {

    private final AgendaCredit agendaCredit;
    private final TrainingRulesStore rules;

    ItemCredits(AgendaCredit agendaCredit, TrainingRulesStore rules) {
        this.agendaCredit = agendaCredit;
        this.rules = rules;
    }

    /**
     * The version of the training rules in force ({@code training-rules:<id>}): the items of a course not yet
     * completed follow it, so the entries written at completion name it and keep it when the rules change later.
     */
    @Transactional(readOnly = true)
    public String ruleVersion() {
        return rules.version();
    }

    /** How each agenda item of the course came by its 学时 (set by hand, or which rules applied), by item id. */
    @Transactional(readOnly = true)
    public Map<Long, ItemCredit> reckoning(long courseId) {
        return agendaCredit.reckoning(courseId);
    }
}
