package org.cadretraining.report.statistics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.cadretraining.shared.LocalizedText;

/**
 * 年度干部教育培训情况统计: a year's training of a unit subtree as the superior organisation department asks for it,
 * by rank level (every rank the rank list defines, in its order, then cadres without a rank), then the courses by
 * training form and by type, then training outside the institution and online learning.
 */
record AnnualReport(
        int year,

        @Schema(description = "the subtree's root unit; null for the whole institution")
        LocalizedText unit,

        List<RankLine> ranks,
        RankLine total,
        List<CourseLine> forms,
        List<CourseLine> types,
        CourseLine courses,
        Outside outside,

        @Schema(description = "the rules the figures follow, in the reader's language")
        List<String> rules) {

    /** One rank level: cadres, cadres trained, 学时 in total and per cadre, cadres meeting every requirement. */
    record RankLine(
            @Schema(description = "rank code, NONE for cadres without a rank, TOTAL for the sum")
            String rank,

            LocalizedText name,
            long cadres,
            long trained,
            BigDecimal hours,
            BigDecimal hoursPerCadre,
            long meetingRequirements,

            @Schema(description = "meeting every requirement among the cadres, whole percent rounded down")
            int rate) {

        static RankLine of(String rank, LocalizedText name, CadreTotals totals) {
            return new RankLine(
                    rank,
                    name,
                    totals.cadres(),
                    totals.trained(),
                    totals.hours(),
                    totals.hoursPerCadre(),
                    totals.allMet(),
                    totals.allMetPercent());
        }
    }

    /** Courses of one form or type (or all): how many, trainee places, trainee-days and 学时 delivered. */
    record CourseLine(String key, long courses, long places, long days, BigDecimal hours) {

        static CourseLine of(String key, CourseTotals totals) {
            return new CourseLine(key, totals.courses(), totals.places(), totals.days(), totals.hours());
        }
    }

    /** Training elsewhere (confirmed external training) and online learning, as credited in the year. */
    record Outside(
            long externalCadres,
            BigDecimal externalHours,
            long onlineLearningCadres,
            BigDecimal onlineLearningHours,

            @Schema(description = "every 学时 of the online category, whatever its source")
            BigDecimal onlineHours) {}
}
