package org.cadretraining.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.cadretraining.report.statistics.Figures.Group;

/**
 * Asserts that a scope's figures agree however they are counted: from the units' kept totals (this year), cadre by
 * cadre, and as the sums of the rows each figure's drill-down lists.
 */
final class FiguresAgreement {

    private final StatisticsFigures statistics;
    private final StatisticsLists lists;
    private final Clock clock;

    FiguresAgreement(StatisticsFigures statistics, StatisticsLists lists, Clock clock) {
        this.statistics = statistics;
        this.lists = lists;
        this.clock = clock;
    }

    void assertBothWaysEqual(List<String> scopes, Period period) {
        for (String scope : scopes) {
            Figures kept =
                    period.wholeYear() && period.year() == Year.now(clock).getValue()
                            ? statistics.fromUnitTotals(scope, period)
                            : statistics.of(scope, period);
            assertThat(kept).as("scope '%s'", scope).isEqualTo(statistics.cadreByCadre(scope, period));
            assertThat(statistics.of(scope, period)).as("scope '%s'", scope).isEqualTo(kept);
            assertEveryGroupEqualsItsDrillDown(scope, period, kept);
        }
    }

    /** Every cadre figure (all, by rank, by category, by tier) and the courses' equal the sums their lists show. */
    private void assertEveryGroupEqualsItsDrillDown(String scope, Period period, Figures figures) {
        assertThat(listed(scope, period, CadreFilter.ALL)).isEqualTo(figures.cadres());
        assertThat(lists.courses(scope, period, CourseFilter.ALL, "date", 0).totals())
                .as("courses of scope '%s'", scope)
                .isEqualTo(figures.courses());
        for (Group<CadreTotals> rank : figures.byRank()) {
            assertThat(listed(scope, period, new CadreFilter(rank.key(), null, null, null, null, null, null)))
                    .as("rank %s", rank.key())
                    .isEqualTo(rank.totals());
        }
        for (Group<CadreTotals> category : figures.byCategory()) {
            assertThat(listed(scope, period, new CadreFilter(null, category.key(), null, null, null, null, null)))
                    .as("category %s", category.key())
                    .isEqualTo(category.totals());
        }
        for (Figures.TierCompliance tier : figures.compliance()) {
            CadreTotals listed =
                    listed(scope, period, new CadreFilter(null, null, tier.tier(), null, null, null, null));
            assertThat(List.of(listed.cadres(), listed.fullTimeMet(), listed.onlineMet()))
                    .as("tier %s", tier.tier())
                    .isEqualTo(List.of(tier.cadres(), tier.fullTimeMet(), tier.onlineMet()));
        }
    }

    private CadreTotals listed(String scope, Period period, CadreFilter filter) {
        return lists.cadres(scope, period, filter, "name", 0).totals();
    }
}
