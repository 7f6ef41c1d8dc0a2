package org.cadretraining.credit;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.report.statistics.StatisticsBenchmarkAccess;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The compliance benchmark's measures of the year's statistics: the whole tree and units of each level, from the
 * units' totals and counted cadre by cadre, and (with BENCH_EXPLAIN) the plan of the whole tree's cadre figures.
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
        // last year's figures are counted cadre by cadre: the units keep this year's totals and judgements only
        lines.add(BenchTimer.time(
                "statistics of last year, whole tree (target <= 500 ms)",
                3,
                () -> StatisticsBenchmarkAccess.yearFigures(context, "", year - 1)));
        if (System.getenv("BENCH_EXPLAIN") != null) {
            System.out.println("The year's cadre figures of the whole tree from the units' totals:");
            StatisticsBenchmarkAccess.explainYearFigures(context, "", year).forEach(System.out::println);
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
                "statistics of the year, one unit of " + ComplianceBenchmark.cadres(jdbc, level3)
                        + ", counted cadre by cadre",
                runs,
                () -> StatisticsBenchmarkAccess.yearFiguresCadreByCadre(context, level3Path, year)));
        return lines;
    }
}
