package org.cadretraining.course;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of agenda items' 学时: how each item of a course came by its figure, so that an
 * explanation names only the rules that applied, and which course an item belongs to.
 */
@Service
public class ItemCredits {

    private final AgendaCredit agendaCredit;
    private final TrainingRulesStore rules;
    private final JdbcClient jdbc;

    ItemCredits(AgendaCredit agendaCredit, TrainingRulesStore rules, JdbcClient jdbc) {
        this.agendaCredit = agendaCredit;
        this.rules = rules;
        this.jdbc = jdbc;
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

    /** The courses the agenda items belong to, by item; items that no longer exist are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Long> coursesOfItems(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, course_id from agenda_item where id = any(?::bigint[])")
                .param(itemIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
