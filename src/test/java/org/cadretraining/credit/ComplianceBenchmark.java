package org.cadretraining.credit;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cadretraining.Application;
import org.cadretraining.report.HomeBenchmarkAccess;
import org.cadretraining.report.statistics.StatisticsBenchmarkAccess;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a throw-away database with 1,000,000 cadres in a four-level unit tree and 20,000,000 ledger entries (with
 * their yearly totals, built the way the ledger keeps them, and each cadre's standing, rebuilt by the application), then times compliance for the whole tree, for units at
 * each level, and one cadre's ledger, through the same service methods the pages call. Prints median and max.
 * Run by {@code bench/compliance/run.sh}, never by the build: the name matches none of the test patterns.
 */
public final class ComplianceBenchmark {

    private static final int LEVEL1 = 20;
    private static final int LEVEL2_PER_LEVEL1 = 10;
    private static final int LEVEL3_PER_LEVEL2 = 10;

    private ComplianceBenchmark() {}

    public static void main(String[] args) throws Exception {
        int cadres = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int entriesPerCadre = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        SpringApplication application = new SpringApplication(Application.class);
        application.setDefaultProperties(
                Map.of("server.port", "0", "app.embedded-postgres.data-dir", "", "logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = application.run()) {
            DataSource dataSource = context.getBean(DataSource.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            int year = Year.now(context.getBean(Clock.class)).getValue();
            long started = System.nanoTime();
            generate(dataSource, cadres, entriesPerCadre, year);
            long rebuilding = System.nanoTime();
            new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(
                            status -> context.getBean(CreditStanding.class).rebuild());
            jdbc.sql("vacuum analyze credit_standing").update();
            System.out.printf(
                    "  standing of every cadre rebuilt from the yearly totals (as when the year turns): %.1f s%n",
                    (System.nanoTime() - rebuilding) / 1e9);
            // the part of the rebuild that sums the units' yearly totals again (issue 15), on its own
            long recounting = System.nanoTime();
            new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(
                            status -> context.getBean(UnitYears.class).recount());
            System.out.printf(
                    "  of which the units' yearly totals, summed again on their own: %.1f s%n",
                    (System.nanoTime() - recounting) / 1e9);
            jdbc.sql("vacuum analyze credit_unit_year").update();
            jdbc.sql("vacuum analyze credit_unit_compliance").update();
            System.out.printf("Generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
            report(jdbc);

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
            }
            if (System.getenv("BENCH_HOLD") != null) {
                // to try queries by hand: the database stays up until this process is stopped
                System.out.println("Holding the database open: "
                        + ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl() + " (level-1 unit "
                        + level1 + ")");
                Thread.sleep(Long.MAX_VALUE);
            }
            List<String> lines = new ArrayList<>();
            lines.add(time(
                    "compliance, whole tree (" + cadres(jdbc, null) + " cadres): count + first page",
                    runs,
                    () -> compliance
                            .shortfalls(null, null, ComplianceSort.FULL_TIME_SHORTFALL, 0, organiser)
                            .total()));
            for (long unit : List.of(level1, level2, level3)) {
                lines.add(time(
                        "compliance, one unit (" + cadres(jdbc, unit) + " cadres): count + first page",
                        runs,
                        () -> compliance
                                .shortfalls(unit, null, ComplianceSort.FULL_TIME_SHORTFALL, 0, organiser)
                                .total()));
            }
            // issue 15's figures: the rates the home pages show, the statistics, a cadre's home, the annual report
            ComplianceFigures figures = context.getBean(ComplianceFigures.class);
            CurrentUser liaison = new CurrentUser(2, "bench-liaison", Set.of(Role.UNIT_LIAISON), null, level3);
            lines.add(time(
                    "compliance rates, whole tree (target <= 500 ms)", runs, () -> figures.rates(organiser).stream()
                            .mapToLong(ComplianceFigures.RequirementRate::met)
                            .sum()));
            lines.add(time(
                    "compliance rates + units below, one unit of " + cadres(jdbc, level3) + " (target <= 20 ms)",
                    runs,
                    () -> figures.rates(liaison).stream()
                                    .mapToLong(ComplianceFigures.RequirementRate::met)
                                    .sum()
                            + figures.unitsBelow(liaison).size()));
            lines.add(time(
                    "statistics of the year, whole tree (target <= 500 ms)",
                    runs,
                    () -> StatisticsBenchmarkAccess.yearFigures(context, "", year)));
            lines.add(time(
                    "statistics of the year, whole tree, counted cadre by cadre (before the units' totals)",
                    3,
                    () -> StatisticsBenchmarkAccess.yearFiguresCadreByCadre(context, "", year)));
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
                lines.add(time(
                        "statistics of the year, one unit of " + cadres(jdbc, unit) + ", from the units' totals",
                        runs,
                        () -> StatisticsBenchmarkAccess.yearFiguresFromUnitTotals(context, unitPath, year)));
                lines.add(time(
                        "statistics of the year, one unit of " + cadres(jdbc, unit) + ", counted cadre by cadre",
                        runs,
                        () -> StatisticsBenchmarkAccess.yearFiguresCadreByCadre(context, unitPath, year)));
            }
            lines.add(time(
                    "statistics of the year, one unit of " + cadres(jdbc, level3) + " (target <= 20 ms)",
                    runs,
                    () -> StatisticsBenchmarkAccess.yearFigures(context, level3Path, year)));
            lines.add(time(
                    "statistics of the year, one unit of " + cadres(jdbc, level3) + ", counted cadre by cadre",
                    runs,
                    () -> StatisticsBenchmarkAccess.yearFiguresCadreByCadre(context, level3Path, year)));
            lines.add(time("a cadre's home, every panel (target <= 5 ms)", runs * 10, () -> {
                long cadre = firstCadre + random.nextLong(lastCadre - firstCadre + 1);
                return HomeBenchmarkAccess.home(
                        context, new CurrentUser(3, "bench-cadre", Set.of(Role.CADRE), cadre, null));
            }));
            lines.add(time(
                    "annual report of the year, whole tree: cadres meeting every requirement (target <= 5,000 ms)",
                    3,
                    () -> StatisticsBenchmarkAccess.annualReport(context, "", year)));
            lines.add(time("one cadre's ledger: entries + yearly totals", runs * 10, () -> {
                long cadre = firstCadre + random.nextLong(lastCadre - firstCadre + 1);
                return (long) ledger.entriesOf(cadre).size()
                        + ledger.totalsOf(cadre).size();
            }));
            lines.add(time(
                    "XLSX export, one level-1 unit (" + cadres(jdbc, level1) + " cadres)",
                    3,
                    () -> exportRows(export, level1, organiser)));
            long heapBefore = usedHeap();
            System.out.println();
            System.out.printf(
                    "Max heap (-Xmx): %d MB, CPUs: %d, heap used after the runs: %d MB%n",
                    Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(),
                    heapBefore >> 20);
            System.out.printf("Load average (1, 5, 15 min) at the end: %s%n", loadAverage());
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

    /** Other work on the machine slows every figure; the load average says how much there was. */
    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    java.util.Arrays.copyOf(
                            java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                                    .split(" "),
                            3));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String time(String name, int runs, Supplier<Long> measure) {
        long result = 0;
        for (int i = 0; i < 3; i++) {
            result = measure.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = measure.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        double median = millis.size() % 2 == 1
                ? millis.get(millis.size() / 2)
                : (millis.get(millis.size() / 2 - 1) + millis.get(millis.size() / 2)) / 2;
        String line = String.format(
                "| %s | %,d | %d | %.1f | %.1f | %s |", name, result, runs, median, millis.getLast(), loadAverage());
        System.out.println(line);
        return line;
    }

    private static long unitAt(JdbcClient jdbc, int depth) {
        return jdbc.sql(
                        "select id from unit where code like 'BENCH-%' and length(path) - length(replace(path, '/', ''))"
                                + " = :slashes order by id limit 1")
                .param("slashes", depth + 1)
                .query(Long.class)
                .single();
    }

    private static long cadres(JdbcClient jdbc, Long unit) {
        if (unit == null) {
            return jdbc.sql("select count(*) from cadre").query(Long.class).single();
        }
        return jdbc.sql("select count(*) from cadre c join unit u on u.id = c.unit_id"
                        + " where u.path like (select path from unit where id = :unit) || '%'")
                .param("unit", unit)
                .query(Long.class)
                .single();
    }

    private static void report(JdbcClient jdbc) {
        for (String table : List.of("cadre", "credit_entry", "credit_year_total", "credit_standing")) {
            System.out.printf(
                    "%s: %,d rows, %s%n",
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single(),
                    jdbc.sql("select pg_size_pretty(pg_total_relation_size('" + table + "'))")
                            .query(String.class)
                            .single());
        }
    }

    /**
     * Everything in SQL, straight into the tables, with foreign-key triggers off for the load (the rows are made
     * consistent by construction) and the ledger's secondary indexes built after it. The yearly totals are built
     * from the entries by the rule the ledger keeps them by: the latest entry of each correction chain counts.
     */
    private static void generate(DataSource dataSource, int cadres, int entriesPerCadre, int year) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            step(
                    sql,
                    "units",
                    "insert into unit (code, name_zh, name_en, kind) values ('BENCH-0', '全省', 'Province', 'OTHER')",
                    """
                    insert into unit (code, name_zh, name_en, kind, parent_id)
                    select 'BENCH-1-' || g, '市' || g, 'City ' || g, 'PARTY_COMMITTEE',
                           (select id from unit where code = 'BENCH-0')
                    from generate_series(1, %d) g
                    """.formatted(LEVEL1),
                    """
                    insert into unit (code, name_zh, name_en, kind, parent_id)
                    select 'BENCH-2-' || substring(p.code from 9) || '-' || g, '县' || substring(p.code from 9) || '-' || g,
                           'County ' || substring(p.code from 9) || '-' || g, 'PARTY_COMMITTEE', p.id
                    from unit p, generate_series(1, %d) g where p.code like 'BENCH-1-%%'
                    """.formatted(LEVEL2_PER_LEVEL1),
                    """
                    insert into unit (code, name_zh, name_en, kind, parent_id)
                    select 'BENCH-3-' || substring(p.code from 9) || '-' || g, '局' || substring(p.code from 9) || '-' || g,
                           'Bureau ' || substring(p.code from 9) || '-' || g, 'DEPARTMENT', p.id
                    from unit p, generate_series(1, %d) g where p.code like 'BENCH-2-%%'
                    """.formatted(LEVEL3_PER_LEVEL2));
            // the unit paths are set by triggers, so the triggers are switched off only after the units
            step(
                    sql,
                    "settings",
                    "set session_replication_role = replica",
                    "set maintenance_work_mem = '1GB'",
                    "set work_mem = '256MB'");
            // cadres are spread over the lowest units, a tenth of them county level or above
            step(sql, "cadres", """
                    insert into cadre (staff_number, name, gender, unit_id, position_zh, position_en, rank_code)
                    select 'B' || lpad(g::text, 8, '0'),
                           (array['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + g %% 10]
                               || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋'])[1 + (g / 10) %% 10],
                           case when g %% 2 = 0 then 'MALE' else 'FEMALE' end,
                           l.a[1 + g %% array_length(l.a, 1)],
                           '科员', 'Officer',
                           (array['COUNTY','SECTION','SECTION','SECTION','SECTION','STAFF','STAFF','STAFF','STAFF',
                                  'SECTION'])[1 + g %% 10]
                    from generate_series(1, %d) g,
                         (select array_agg(id order by id) as a from unit where code like 'BENCH-3-%%') l
                    """.formatted(cadres));
            step(
                    sql,
                    "drop ledger indexes",
                    "drop index credit_entry_original_unique",
                    "drop index credit_entry_corrects_unique",
                    "drop index credit_entry_cadre_year_idx");
            // entries over the current year and the five before it; a quarter online (1 to 100 hours each), the rest
            // full time (3 to 78 hours)
            step(sql, "entries", """
                    insert into credit_entry (cadre_id, year, earned_on, category, source, source_ref, hours,
                                              explanation_zh, explanation_en, recorded_at, recorded_by)
                    select c.id, yy.y, make_date(yy.y, 1 + ((k * 7 + c.id) %% 12)::int, 1 + ((k * 13 + c.id) %% 28)::int),
                           case when k %% 4 = 0 then 'ONLINE' else 'FULL_TIME' end,
                           case when k %% 4 = 0 then 'ONLINE' else 'COURSE' end,
                           'bench:' || k,
                           case when k %% 4 = 0 then 0.25 * (4 + (c.id * 31 + k * 17) %% 400)
                                else 0.25 * (12 + (c.id * 37 + k * 11) %% 300) end,
                           '第' || k || '讲 专题讲座：出勤 14:02–17:10，按“半天 = 3 学时”计',
                           'Lecture ' || k || ': present 14:02-17:10, by the rule half day = 3',
                           now(), 'benchmark'
                    from generate_series(1, %d) k cross join cadre c
                         cross join lateral (select %d - ((k + c.id) %% 6)::int as y) yy
                    where c.staff_number like 'B%%'
                    """.formatted(entriesPerCadre, year));
            step(sql, "corrections (1 in 1,000 entries)", """
                    insert into credit_entry (cadre_id, year, earned_on, category, source, source_ref, hours,
                                              explanation_zh, explanation_en, corrects_id, correction_reason,
                                              recorded_at, recorded_by)
                    select cadre_id, year, earned_on, category, source, source_ref, hours / 2,
                           explanation_zh, explanation_en, id, '只出勤了一半', now(), 'benchmark'
                    from credit_entry where id % 1000 = 0 and hours * 2 = trunc(hours * 2)
                    """);
            step(
                    sql,
                    "ledger indexes",
                    """
                    create unique index credit_entry_original_unique on credit_entry (cadre_id, source, source_ref)
                        where corrects_id is null
                    """,
                    """
                    create unique index credit_entry_corrects_unique on credit_entry (corrects_id)
                        where corrects_id is not null
                    """,
                    "create index credit_entry_cadre_year_idx on credit_entry (cadre_id, year)");
            step(sql, "yearly totals", """
                    insert into credit_year_total (cadre_id, year, full_time, online, online_learning)
                    select e.cadre_id, e.year,
                           coalesce(sum(e.hours) filter (where e.category = 'FULL_TIME'), 0),
                           coalesce(sum(e.hours) filter (where e.category = 'ONLINE'), 0),
                           coalesce(sum(e.hours) filter (where e.source = 'ONLINE'), 0)
                    from credit_entry e
                    where not exists (select 1 from credit_entry c where c.corrects_id = e.id)
                    group by e.cadre_id, e.year
                    on conflict (cadre_id, year) do update
                        set full_time = credit_year_total.full_time + excluded.full_time,
                            online = credit_year_total.online + excluded.online,
                            online_learning = credit_year_total.online_learning + excluded.online_learning
                    """);
            // a course of five days for every 500 cadres, held this year, and a trainee place in one for every tenth
            // cadre (50 per course): the places the statistics count beside the ledger
            int courses = Math.max(1, cadres / 500);
            step(sql, "courses and places", """
                    insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                        required_hours, category, status, created_at, created_by, training_form)
                    select '专题培训班' || g, 'Course ' || g, (select id from unit where code = 'BENCH-0'),
                           make_date(%d, 1 + g %% 12, 1 + g %% 20), make_date(%d, 1 + g %% 12, 1 + g %% 20) + 4,
                           60, 36, 'PARTY_SPIRIT', 'COMPLETED', now(), 'benchmark', 'FULL_TIME'
                    from generate_series(1, %d) g
                    """.formatted(year, year, courses), """
                    insert into enrolment (course_id, cadre_id, status, course_role, created_at, created_by)
                    select c.id, d.id, 'APPROVED', 'PARTICIPANT', now(), 'benchmark'
                    from (select id, row_number() over (order by id) as r from cadre
                          where staff_number like 'B%%') d
                    join (select id, row_number() over (order by id) as k from course
                          where created_by = 'benchmark') c on c.k = 1 + (d.r / 10) %% %d
                    where d.r %% 10 = 0
                    """.formatted(courses));
            step(
                    sql,
                    "vacuum analyze",
                    "set session_replication_role = origin",
                    "vacuum analyze unit",
                    "vacuum analyze cadre",
                    "vacuum analyze credit_entry",
                    "vacuum analyze credit_year_total",
                    "vacuum analyze course",
                    "vacuum analyze enrolment");
        }
    }

    private static void step(Statement sql, String name, String... statements) throws Exception {
        long start = System.nanoTime();
        for (String statement : statements) {
            sql.execute(statement);
        }
        System.out.printf("  %s: %.1f s%n", name, (System.nanoTime() - start) / 1e9);
    }
}
