package org.cadretraining.credit;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.cadretraining.Application;
import org.cadretraining.report.HomeBenchmarkAccess;
import org.cadretraining.report.statistics.StatisticsBenchmarkAccess;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a throw-away database ({@link ComplianceBenchmarkData}: 1,000,000 cadres in a four-level unit tree,
 * 20,000,000 ledger entries with their yearly totals, courses and places; each cadre's standing rebuilt by the
 * application), then times compliance for the whole tree, for units at each level, the rates, the statistics
 * ({@link StatisticsMeasures}), a cadre's home, the annual report and one cadre's ledger, through the same service
 * methods the pages call. Prints median and max.
 * Run by {@code bench/compliance/run.sh}, never by the build: the name matches none of the test patterns.
 */
public final class ComplianceBenchmark {

    private ComplianceBenchmark() {}

    public static void main(String[] args) throws Exception {
        int cadres = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int entriesPerCadre = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        SpringApplication application = new SpringApplication(Application.class);
        application.setDefaultProperties(
                Map.of("server.port", "0", "app.embedded-postgres.data-dir", "", "logging.level.root", "WARN"));
        // the load's statements (20 million entries in one) may run longer than a request may wait: a system
        // property, as the application's own properties would override a default
        System.setProperty("spring.datasource.hikari.data-source-properties.socketTimeout", "0");
        try (ConfigurableApplicationContext context = application.run()) {
            DataSource dataSource = context.getBean(DataSource.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            int year = Year.now(context.getBean(Clock.class)).getValue();
            long started = System.nanoTime();
            ComplianceBenchmarkSetup.prepare(context, cadres, entriesPerCadre, year);
            System.out.printf("Generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
            System.out.printf(
                    "PostgreSQL page cache (shared_buffers): %s%n",
                    jdbc.sql("show shared_buffers").query(String.class).single());
            ComplianceBenchmarkData.report(jdbc);

            Compliance compliance = context.getBean(Compliance.class);
            ComplianceExport export = context.getBean(ComplianceExport.class);
            CreditLedger ledger = context.getBean(CreditLedger.class);
            CurrentUser organiser = new CurrentUser(1, "benchmark", Set.of(Role.ORGANISER), null, null);
            long level1 = unitAt(jdbc, 2);
            long level2 = unitAt(jdbc, 3);
            long level3 = unitAt(jdbc, 4);
            long firstCadre =
                    jdbc.sql("select min(id) from cadre").query(Long.class).single();
            long lastCadre =
                    jdbc.sql("select max(id) from cadre").query(Long.class).single();
            Random random = new Random(7);

            if (System.getenv("BENCH_EXPLAIN") != null) {
                explain(jdbc, level1);
                String level3Path = jdbc.sql("select path from unit where id = ?")
                        .param(level3)
                        .query(String.class)
                        .single();
                System.out.println("The year's figures of a unit of 500, cadre by cadre:");
                org.cadretraining.report.statistics.StatisticsBenchmarkAccess.explainAll(
                                context, level3Path, year, false)
                        .forEach(System.out::println);
                System.out.println("The year's figures of the whole tree, from the units' totals:");
                org.cadretraining.report.statistics.StatisticsBenchmarkAccess.explainAll(context, "", year, true)
                        .forEach(System.out::println);
            }
            if (System.getenv("BENCH_HOLD") != null) {
                // to try queries by hand: the database stays up until this process is stopped
                System.out.println("Holding the database open: "
                        + ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl() + " (level-1 unit "
                        + level1 + ")");
                Thread.sleep(Long.MAX_VALUE);
            }
            List<String> lines = new ArrayList<>();
            lines.add(BenchTimer.time(
                    "compliance, whole tree (" + cadres(jdbc, null) + " cadres): count + first page",
                    runs,
                    () -> compliance
                            .shortfalls(null, null, ComplianceSort.FULL_TIME_SHORTFALL, 0, organiser)
                            .total()));
            for (long unit : List.of(level1, level2, level3)) {
                lines.add(BenchTimer.time(
                        "compliance, one unit (" + cadres(jdbc, unit) + " cadres): count + first page",
                        runs,
                        () -> compliance
                                .shortfalls(unit, null, ComplianceSort.FULL_TIME_SHORTFALL, 0, organiser)
                                .total()));
            }
            // issue 15's figures: the rates the home pages show, the statistics, a cadre's home, the annual report
            ComplianceFigures figures = context.getBean(ComplianceFigures.class);
            CurrentUser liaison = new CurrentUser(2, "bench-liaison", Set.of(Role.UNIT_LIAISON), null, level3);
            lines.add(BenchTimer.time(
                    "compliance rates, whole tree (target <= 500 ms)", runs, () -> figures.rates(organiser).stream()
                            .mapToLong(ComplianceFigures.RequirementRate::met)
                            .sum()));
            lines.add(BenchTimer.time(
                    "compliance rates + units below, one unit of " + cadres(jdbc, level3) + " (target <= 20 ms)",
                    runs,
                    () -> figures.rates(liaison).stream()
                                    .mapToLong(ComplianceFigures.RequirementRate::met)
                                    .sum()
                            + figures.unitsBelow(liaison).size()));
            lines.addAll(StatisticsMeasures.of(context, year, runs, List.of(level1, level2, level3)));
            lines.add(BenchTimer.time("a cadre's home, every panel (target <= 5 ms)", runs * 10, () -> {
                long cadre = firstCadre + random.nextLong(lastCadre - firstCadre + 1);
                return HomeBenchmarkAccess.home(
                        context, new CurrentUser(3, "bench-cadre", Set.of(Role.CADRE), cadre, null));
            }));
            lines.add(BenchTimer.time(
                    "annual report of the year, whole tree: cadres meeting every requirement (target <= 5,000 ms)",
                    3,
                    () -> StatisticsBenchmarkAccess.annualReport(context, "", year)));
            lines.add(BenchTimer.time(
                    "annual report of last year, whole tree (target <= 5,000 ms)",
                    3,
                    () -> StatisticsBenchmarkAccess.annualReport(context, "", year - 1)));
            lines.add(BenchTimer.time("one cadre's ledger: entries + yearly totals", runs * 10, () -> {
                long cadre = firstCadre + random.nextLong(lastCadre - firstCadre + 1);
                return (long) ledger.entriesOf(cadre).size()
                        + ledger.totalsOf(cadre).size();
            }));
            lines.add(BenchTimer.time(
                    "XLSX export, one level-1 unit (" + cadres(jdbc, level1) + " cadres)",
                    3,
                    () -> exportRows(export, level1, organiser)));
            long heapBefore = BenchTimer.usedHeap();
            System.out.println();
            System.out.printf(
                    "Max heap (-Xmx): %d MB, CPUs: %d, heap used after the runs: %d MB%n",
                    Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(),
                    heapBefore >> 20);
            System.out.printf("Load average (1, 5, 15 min) at the end: %s%n", BenchTimer.loadAverage());
            System.out.println("| measure | result | runs | median ms | max ms | load average after |");
            System.out.println("|---|---|---|---|---|---|");
            lines.forEach(System.out::println);
        }
        System.exit(0);
    }

    /** With BENCH_EXPLAIN set: how PostgreSQL runs one page of a level-1 unit, after a warm-up run. */
    private static void explain(JdbcClient jdbc, long unit) {
        String path = jdbc.sql("select path from unit where id = ?")
                .param(unit)
                .query(String.class)
                .single();
        Map<String, Object> params = new java.util.HashMap<>();
        String where = Compliance.where(path, null, params);
        String page = "select * from credit_standing s where " + where + " order by "
                + ComplianceSort.FULL_TIME_SHORTFALL.orderBy + " limit 50";
        for (int run = 0; run < 2; run++) {
            List<String> plan = jdbc.sql("explain (analyze, buffers) " + page)
                    .params(params)
                    .query(String.class)
                    .list();
            if (run == 1) {
                plan.forEach(System.out::println);
            }
        }
    }

    private static long exportRows(ComplianceExport export, long unit, CurrentUser user) {
        try {
            return export.write(
                    unit,
                    null,
                    ComplianceSort.FULL_TIME_SHORTFALL,
                    user,
                    Locale.CHINA,
                    OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long unitAt(JdbcClient jdbc, int depth) {
        return jdbc.sql(
                        "select id from unit where code like 'BENCH-%' and length(path) - length(replace(path, '/', ''))"
                                + " = :slashes order by id limit 1")
                .param("slashes", depth + 1)
                .query(Long.class)
                .single();
    }

    static long cadres(JdbcClient jdbc, Long unit) {
        if (unit == null) {
            return jdbc.sql("select count(*) from cadre").query(Long.class).single();
        }
        return jdbc.sql("select count(*) from cadre c join unit u on u.id = c.unit_id"
                        + " where u.path like (select path from unit where id = :unit) || '%'")
                .param("unit", unit)
                .query(Long.class)
                .single();
    }
}
