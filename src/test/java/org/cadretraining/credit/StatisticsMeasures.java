package org.cadretraining.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.report.statistics.StatisticsBenchmarkAccess;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The compliance benchmark's measures of the statistics: this year, last year (kept past judgements), five years ago
 * and ranges of days, for the whole tree and units of each level, from the units' totals and counted cadre by cadre, and (with BENCH_EXPLAIN) the plans of the whole tree's and one unit's cadre figures.
 */
final class StatisticsMeasures {

    private StatisticsMeasures() {}

    /** The lines of the table, for the units of levels 1, 2 and 3. */
    static List<String> of(ConfigurableApplicationContext context, int year, int runs, List<Long> levels) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long level1 = levels.get(0);
        long level2 = levels.get(1);
        long level3 = levels.get(2);
        List<String> lines = new ArrayList<>();
        lines.add(BenchTimer.time(
                "statistics of the year, whole tree (target <= 500 ms)",
                runs,
                () -> StatisticsBenchmarkAccess.yearFigures(context, "", year)));
        lines.add(BenchTimer.time(
                "statistics of the year, whole tree, counted cadre by cadre (before the units' totals)",
                3,
                () -> StatisticsBenchmarkAccess.yearFiguresCadreByCadre(context, "", year)));
        // last year's compliance from the kept past judgements; the page shows the year before beside every year
        lines.add(BenchTimer.time(
                "statistics of last year, whole tree (target <= 500 ms)",
                runs,
                () -> StatisticsBenchmarkAccess.yearFigures(context, "", year - 1)));
        lines.add(BenchTimer.time(
                "statistics of last year, whole tree, judged cadre by cadre (before the kept past judgements)",
                3,
                () -> StatisticsBenchmarkAccess.yearFiguresCadreByCadre(context, "", year - 1)));
        lines.add(BenchTimer.time(
                "the statistics page's figures: the year and the year before, whole tree",
                runs,
                () -> StatisticsBenchmarkAccess.yearFigures(context, "", year)
                        + StatisticsBenchmarkAccess.yearFigures(context, "", year - 1)));
        lines.add(BenchTimer.time(
                "statistics of five years ago, whole tree (the oldest year kept)",
                3,
                () -> StatisticsBenchmarkAccess.yearFigures(context, "", year - 5)));
        List<LocalDate[]> ranges = ranges(year);
        for (LocalDate[] range : ranges) {
            lines.add(BenchTimer.time(
                    "statistics of a range of days (" + range[0] + " to " + range[1]
                            + "), whole tree (target <= 500 ms)",
                    runs,
                    () -> StatisticsBenchmarkAccess.rangeFigures(context, "", range[0], range[1])));
        }
        if (System.getenv("BENCH_EXPLAIN") != null) {
            System.out.println("The year's cadre figures of the whole tree from the units' totals:");
            StatisticsBenchmarkAccess.explainYearFigures(context, "", year).forEach(System.out::println);
            for (LocalDate[] range : ranges) {
                System.out.println("The cadre figures of a range of days (" + range[0] + " to " + range[1]
                        + ") of the whole tree from the kept counts:");
                StatisticsBenchmarkAccess.explainRange(context, "", range[0], range[1])
                        .forEach(System.out::println);
            }
        }
        String level3Path = jdbc.sql("select path from unit where id = ?")
                .param(level3)
                .query(String.class)
                .single();
        for (long unit : List.of(level1, level2)) {
            String unitPath = jdbc.sql("select path from unit where id = ?")
                    .param(unit)
                    .query(String.class)
                    .single();
            lines.add(BenchTimer.time(
                    "statistics of the year, one unit of " + ComplianceBenchmark.cadres(jdbc, unit)
                            + ", from the units' totals",
                    runs,
                    () -> StatisticsBenchmarkAccess.yearFiguresFromUnitTotals(context, unitPath, year)));
            lines.add(BenchTimer.time(
                    "statistics of the year, one unit of " + ComplianceBenchmark.cadres(jdbc, unit)
                            + ", counted cadre by cadre",
                    runs,
                    () -> StatisticsBenchmarkAccess.yearFiguresCadreByCadre(context, unitPath, year)));
        }
        lines.add(BenchTimer.time(
                "statistics of the year, one unit of " + ComplianceBenchmark.cadres(jdbc, level3)
                        + " (target <= 20 ms)",
                runs,
                () -> StatisticsBenchmarkAccess.yearFigures(context, level3Path, year)));
        lines.add(BenchTimer.time(
                "statistics of last year, one unit of " + ComplianceBenchmark.cadres(jdbc, level3)
                        + " (target <= 20 ms)",
                runs,
                () -> StatisticsBenchmarkAccess.yearFigures(context, level3Path, year - 1)));
        for (LocalDate[] range : ranges) {
            lines.add(BenchTimer.time(
                    "statistics of a range of days (" + range[0] + " to " + range[1] + "), one unit of "
                            + ComplianceBenchmark.cadres(jdbc, level3) + " (target <= 20 ms)",
                    runs,
                    () -> StatisticsBenchmarkAccess.rangeFigures(context, level3Path, range[0], range[1])));
        }
        if (System.getenv("BENCH_EXPLAIN") != null) {
            System.out.println("The cadre figures of a range of days of one unit from the kept counts:");
            StatisticsBenchmarkAccess.explainRange(context, level3Path, ranges.get(1)[0], ranges.get(1)[1])
                    .forEach(System.out::println);
        }
        lines.add(BenchTimer.time(
                "statistics of the year, one unit of " + ComplianceBenchmark.cadres(jdbc, level3)
                        + ", counted cadre by cadre",
                runs,
                () -> StatisticsBenchmarkAccess.yearFiguresCadreByCadre(context, level3Path, year)));
        return lines;
    }

    /**
     * Ranges of days: the first half of last year (whole months); part of this year, with its courses' places and
     * days before the first whole month and after the last; and a year and a half across two years, likewise.
     */
    private static List<LocalDate[]> ranges(int year) {
        return List.of(
                new LocalDate[] {LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 6, 30)},
                new LocalDate[] {LocalDate.of(year, 2, 10), LocalDate.of(year, 8, 20)},
                new LocalDate[] {LocalDate.of(year - 2, 3, 15), LocalDate.of(year - 1, 9, 14)});
    }
}
