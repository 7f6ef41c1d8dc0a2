package org.cadretraining.report.statistics;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.credit.ComplianceAsOf;
import org.cadretraining.credit.UnitTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts of a scope and period as one query's opening ({@link StatisticsSql#facts}) with its parameters, the
 * compliance of each cadre as of the period's year taken from the credit module. Built before the first statement
 * of the caller's snapshot, as the credit module may first bring its standing up to date; then whether the snapshot
 * holds marked places decides how the places are read ({@link KeptPlaces#marked}). The caller's transaction
 * plans its statements with their values each time ({@link #planWithValues}).
 */
@Component
class StatisticsFacts {

    /** The opening of the query ({@code with ... cadre_facts, course_facts}) and its parameters, which may grow. */
    record Query(String sql, Map<String, Object> params) {}

    private final ComplianceAsOf compliance;
    private final UnitTotals unitTotals;
    private final KeptPlaces places;
    private final JdbcClient jdbc;

    StatisticsFacts(ComplianceAsOf compliance, UnitTotals unitTotals, KeptPlaces places, JdbcClient jdbc) {
        this.compliance = compliance;
        this.unitTotals = unitTotals;
        this.places = places;
        this.jdbc = jdbc;
    }

    /**
     * Has the rest of the caller's transaction plan each statement with its values. A statement the driver has run
     * five times is prepared on the server, and PostgreSQL may then keep one generic plan for any values: one that
     * cannot see how few units the scope's path covers and reads every place of the period (a unit of 500 cadres: 9
     * ms planned with its values, 90 to 130 ms with the generic plan, on a million cadres). {@code set local} ends with
     * the transaction and takes no snapshot.
     */
    private void planWithValues() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    Query of(String path, Period period) {
        ComplianceAsOf.Relation judged = compliance.standing(period.year(), path);
        boolean marked = places.marked();
        Map<String, Object> params = params(judged, path, period);
        String earned = period.wholeYear() ? StatisticsSql.EARNED_IN_YEAR : StatisticsSql.EARNED_IN_DAYS;
        planWithValues();
        return new Query(StatisticsSql.facts(marked).formatted(earned, judged.sql()), params);
    }

    /**
     * The places of the period and the courses ({@link StatisticsSql#places}, {@link StatisticsSql#COURSES}) with
     * the cadres per rank and category from the units' kept totals ({@link StatisticsSql#KEPT}), when the period's
     * year is kept (this year, or a past year kept by the current rules), with the 学时 of the whole year or of the
     * range of days kept per unit too. Its figures equal those of {@link #of}, without a row per cadre.
     */
    Optional<Query> kept(String path, Period period) {
        if (!period.wholeYear()) {
            return unitTotals
                    // trained: earned 学时 in the days or held a place in a course of them, counted by credit at once
                    .ofRange(period.year(), period.from(), period.to(), path, "select cadre_id from place_facts")
                    .map(kept -> query(
                            path, period, kept, opening -> opening + StatisticsSql.KEPT.formatted(kept.sql(), "true")));
        }
        return unitTotals
                .of(period.year(), path)
                .map(kept -> query(
                        path,
                        period,
                        kept,
                        opening -> opening
                                + StatisticsSql.KEPT.formatted(kept.sql(), StatisticsSql.EARNED_IN_YEAR_OF_PLACE)));
    }

    /** The places and courses of the period, then what {@code rest} adds after them, with the kept relation's values. */
    private Query query(
            String path, Period period, ComplianceAsOf.Relation kept, java.util.function.UnaryOperator<String> rest) {
        boolean marked = places.marked();
        planWithValues();
        Map<String, Object> params = params(kept, path, period);
        return new Query(rest.apply(StatisticsSql.places(marked) + StatisticsSql.COURSES), params);
    }

    /** The relation's values with the scope's and the period's, which every statement of the figures reads. */
    private static Map<String, Object> params(ComplianceAsOf.Relation relation, String path, Period period) {
        Map<String, Object> params = new HashMap<>(relation.params());
        params.put("path", path + "%");
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("fromYear", period.from().getYear());
        params.put("toYear", period.to().getYear());
        params.put("earnedYear", period.year());
        return params;
    }
}
