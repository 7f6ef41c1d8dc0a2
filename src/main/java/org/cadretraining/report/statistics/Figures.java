package org.cadretraining.report.statistics;

import java.math.BigDecimal;
import java.util.List;
import org.cadretraining.shared.LocalizedText;

/**
 * The statistics of one scope and period: the courses and their trainees, the cadres and their 学时, the same split
 * by rank, by category and by the courses' form and type, and compliance per requirement tier.
 */
record Figures(
        Period period,
        CourseTotals courses,
        CadreTotals cadres,
        List<Group<CadreTotals>> byRank,
        List<Group<CadreTotals>> byCategory,
        List<TierCompliance> compliance,
        List<Group<CourseTotals>> byForm,
        List<Group<CourseTotals>> byType) {

    /** One line of a split: the value it groups by (a rank code, "NONE"), its name, and its sums. */
    record Group<T>(String key, LocalizedText label, T totals) {}

    /** One requirement tier: what it asks in the year and how many of its cadres meet each part. */
    record TierCompliance(
            String tier,
            BigDecimal fullTimeRequired,
            int fullTimeYears,
            BigDecimal onlineRequired,
            int onlineYears,
            long cadres,
            long fullTimeMet,
            long onlineMet) {

        public int fullTimePercent() {
            return CadreTotals.percent(fullTimeMet, cadres);
        }

        public int onlinePercent() {
            return CadreTotals.percent(onlineMet, cadres);
        }
    }
}
