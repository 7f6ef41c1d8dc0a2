package org.cadretraining.report.statistics;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.credit.ComplianceAsOf;
import org.cadretraining.credit.UnitTotals;
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
    private final UnitTotals unitTotals;

    StatisticsFacts(ComplianceAsOf compliance, UnitTotals unitTotals) {
        this.compliance = compliance;
        this.unitTotals = unitTotals;
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

    /** How many active cadres the scope has, from the units' counts. */
    long cadres(String path) {
        return unitTotals.cadres(path);
    }

    /**
     * The places of the period and the courses ({@link StatisticsSql#PLACES}, {@link StatisticsSql#COURSES}) with
     * the cadres per rank and category from the units' kept totals ({@link StatisticsSql#KEPT}), when the period is
     * a whole year whose totals are kept; its figures equal those of {@link #of}, without a row per cadre.
     */
    Optional<Query> kept(String path, Period period) {
        if (!period.wholeYear()) {
            return Optional.empty();
        }
        return unitTotals.of(period.year(), path).map(kept -> {
            Map<String, Object> params = new HashMap<>(kept.params());
            params.put("path", path + "%");
            params.put("from", period.from());
            params.put("to", period.to());
            params.put("earnedYear", period.year());
            return new Query(
                    StatisticsSql.PLACES_INLINE
                            + StatisticsSql.COURSES
                            + StatisticsSql.KEPT.formatted(
                                    kept.sql(), unitTotals.cadreYears(), StatisticsSql.TRAINEE_PLACE),
                    params);
        });
    }
}
