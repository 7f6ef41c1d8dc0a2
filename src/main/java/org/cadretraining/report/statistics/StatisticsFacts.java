package org.cadretraining.report.statistics;

import java.util.HashMap;
import java.util.Map;
import org.cadretraining.credit.ComplianceAsOf;
import org.springframework.stereotype.Component;

/**
 * The facts of a scope and period as one query's opening ({@link StatisticsSql#FACTS}) with its parameters, the
 * compliance of each cadre as of the period's year taken from the credit module. Built before the first statement
 * of the caller's snapshot, as the credit module may first bring its standing up to date.
 */
@Component
class StatisticsFacts {

    /** The opening of the query ({@code with ... cadre_facts, course_facts}) and its parameters, which may grow. */
    record Query(String sql, Map<String, Object> params) {}

    private final ComplianceAsOf compliance;

    StatisticsFacts(ComplianceAsOf compliance) {
        this.compliance = compliance;
    }

    Query of(String path, Period period) {
        ComplianceAsOf.Relation judged = compliance.standing(period.year(), path);
        Map<String, Object> params = new HashMap<>(judged.params());
        params.put("path", path + "%");
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("earnedYear", period.year());
        String earned = period.wholeYear() ? StatisticsSql.EARNED_IN_YEAR : StatisticsSql.EARNED_IN_DAYS;
        return new Query(StatisticsSql.FACTS.formatted(earned, judged.sql()), params);
    }
}
