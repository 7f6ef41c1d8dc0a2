package org.cadretraining.report.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.report.statistics.Figures.Group;
import org.cadretraining.report.statistics.Figures.TierCompliance;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a scope and period, each a count or sum over the rows its drill-down lists ({@link StatisticsSql}):
 * one query over the cadres (all of them, by rank, by category, by tier) and one over the courses (all, by form, by
 * type).
 */
@Component
class StatisticsFigures {

    private final JdbcClient jdbc;
    private final StatisticsFacts facts;

    StatisticsFigures(JdbcClient jdbc, StatisticsFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /**
     * The figures from the units' kept totals when the period's year is kept (this year, or a past year kept by the
     * current rules), whatever the scope's size, else cadre by cadre; the two are equal. Since each trainee place is
     * kept with its unit, the kept totals are the quicker at every size (a unit of 5,000 cadres: 6 ms against 57 ms
     * on a million cadres, bench/compliance).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Figures of(String path, Period period) {
        return facts.kept(path, period)
                .map(query -> figures(query, "cadre_groups", CadreTotals.GROUP_SUMS, period))
                .orElseGet(() -> figures(facts.of(path, period), "cadre_facts", CadreTotals.SUMS, period));
    }

    /** The figures from the units' kept totals, whatever the scope's size (a whole year that has them only). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Figures fromUnitTotals(String path, Period period) {
        return figures(facts.kept(path, period).orElseThrow(), "cadre_groups", CadreTotals.GROUP_SUMS, period);
    }

    /** The figures from one row per cadre of the scope, whatever the period: what {@link #of} must equal. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Figures cadreByCadre(String path, Period period) {
        return figures(facts.of(path, period), "cadre_facts", CadreTotals.SUMS, period);
    }

    private Figures figures(StatisticsFacts.Query query, String cadreRows, String sums, Period period) {
        Map<String, Object> params = query.params();
        List<Group<CadreTotals>> byRank = new ArrayList<>();
        List<Group<CadreTotals>> byCategory = new ArrayList<>();
        Map<String, CadreTotals> byTier = new HashMap<>();
        CadreTotals[] cadres = {null};
        jdbc.sql(cadreSql(query, cadreRows, sums)).params(params).query(rs -> {
            CadreTotals totals = CadreTotals.of(rs);
            if (rs.getBoolean("by_rank")) {
                String code = rs.getString("rank_code");
                byRank.add(new Group<>(
                        code == null ? "NONE" : code,
                        code == null ? null : new LocalizedText(rs.getString("rank_zh"), rs.getString("rank_en")),
                        totals));
            } else if (rs.getBoolean("by_category")) {
                String category = rs.getString("category");
                byCategory.add(
                        category.isEmpty()
                                ? new Group<>("NONE", null, totals)
                                : new Group<>(category, new LocalizedText(category, category), totals));
            } else if (rs.getBoolean("by_tier")) {
                byTier.put(rs.getString("tier"), totals);
            } else {
                cadres[0] = totals;
            }
        });
        List<Group<CourseTotals>> byForm = new ArrayList<>();
        List<Group<CourseTotals>> byType = new ArrayList<>();
        CourseTotals[] courses = {null};
        jdbc.sql(query.sql() + """
                        select grouping(training_form) = 0 as by_form, grouping(category) = 0 as by_type,
                               training_form, category,
                        """ + CourseTotals.SUMS + """
                        from course_facts
                        group by grouping sets ((), (training_form), (category))
                        """).params(params).query(rs -> {
            CourseTotals totals = CourseTotals.of(rs);
            if (rs.getBoolean("by_form")) {
                byForm.add(new Group<>(rs.getString("training_form"), null, totals));
            } else if (rs.getBoolean("by_type")) {
                byType.add(new Group<>(rs.getString("category"), null, totals));
            } else {
                courses[0] = totals;
            }
        });
        return new Figures(
                period,
                courses[0],
                cadres[0],
                byRank,
                byCategory,
                compliance(byTier),
                inOrder(byForm, CourseFilter.FORMS),
                inOrder(byType, CourseFilter.TYPES));
    }

    /** The statement of the cadre figures: all, by rank, by category, by tier, over {@code cadreRows}. */
    static String cadreSql(StatisticsFacts.Query query, String cadreRows, String sums) {
        return query.sql() + """
                select grouping(rank_code, rank_zh, rank_en, rank_order) = 0 as by_rank,
                       grouping(category) = 0 as by_category, grouping(tier) = 0 as by_tier,
                       rank_code, rank_zh, rank_en, category, tier,
                """ + sums + " from " + cadreRows + """

                group by grouping sets ((), (rank_code, rank_zh, rank_en, rank_order), (category), (tier))
                order by rank_order, category
                """;
    }

    /** Each tier's requirement beside how many of its cadres meet it; a tier without cadres shows none. */
    private List<TierCompliance> compliance(Map<String, CadreTotals> byTier) {
        return jdbc.sql("""
                        select tier,
                               max(hours) filter (where category = 'FULL_TIME') as ft_hours,
                               max(period_years) filter (where category = 'FULL_TIME') as ft_years,
                               max(hours) filter (where category = 'ONLINE') as on_hours,
                               max(period_years) filter (where category = 'ONLINE') as on_years
                        from credit_requirement group by tier order by tier
                        """)
                .query((rs, n) -> {
                    CadreTotals totals = byTier.get(rs.getString("tier"));
                    return new TierCompliance(
                            rs.getString("tier"),
                            rs.getBigDecimal("ft_hours"),
                            rs.getInt("ft_years"),
                            rs.getBigDecimal("on_hours"),
                            rs.getInt("on_years"),
                            totals == null ? 0 : totals.cadres(),
                            totals == null ? 0 : totals.fullTimeMet(),
                            totals == null ? 0 : totals.onlineMet());
                })
                .list();
    }

    private static List<Group<CourseTotals>> inOrder(List<Group<CourseTotals>> groups, List<String> order) {
        return groups.stream()
                .sorted((a, b) -> Integer.compare(order.indexOf(a.key()), order.indexOf(b.key())))
                .toList();
    }
}
