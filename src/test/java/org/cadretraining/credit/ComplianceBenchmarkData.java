package org.cadretraining.credit;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The compliance benchmark's data: a four-level unit tree, the cadres, the ledger with its yearly totals, courses
 * and trainee places, written in SQL straight into the tables ({@link ComplianceBenchmark} times what reads them).
 */
final class ComplianceBenchmarkData {

    private static final int LEVEL1 = 20;
    private static final int LEVEL2_PER_LEVEL1 = 10;
    private static final int LEVEL3_PER_LEVEL2 = 10;

    private ComplianceBenchmarkData() {}

    static void report(JdbcClient jdbc) {
        for (String table : List.of(
                "cadre",
                "credit_entry",
                "credit_year_total",
                "credit_standing",
                "credit_past_standing",
                "credit_past_unit")) {
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
    static void generate(DataSource dataSource, int cadres, int entriesPerCadre, int year) throws Exception {
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
