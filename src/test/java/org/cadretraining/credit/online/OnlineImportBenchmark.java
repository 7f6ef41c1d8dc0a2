package org.cadretraining.credit.online;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.cadretraining.Application;
import org.cadretraining.credit.ComplianceFigures;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports 50,000 online learning records (10,000 cadres, five courses each) into the whole running application on
 * its embedded PostgreSQL, through the same service the page and the API use, then the same file again (every record
 * counted before), and prints both times and whether compliance is current right after: each cadre's online standing
 * equal to the hours of their records. Run by {@code bench/online/run.sh}, never by the build (the name does not
 * match the test patterns).
 */
public final class OnlineImportBenchmark {

    private static final String[] COURSES = {
        "习近平新时代中国特色社会主义思想概论", "党史专题", "公文写作", "保密常识", "廉政教育", "数字政府建设", "应急管理", "乡村振兴"
    };

    private OnlineImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int cadres = Math.max(1, records / 5);
        SpringApplication application = new SpringApplication(Application.class);
        application.setDefaultProperties(Map.of(
                "server.port", "0",
                "app.embedded-postgres.data-dir", "",
                "logging.level.root", "WARN",
                "logging.level.org.cadretraining.credit.online", "INFO"));
        Path file = Files.createTempFile("online-bench-", ".csv");
        try (ConfigurableApplicationContext context = application.run()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            int year = Year.now().getValue();
            String prefix = "OB" + System.currentTimeMillis() % 100000 + "-";
            register(jdbc, prefix, cadres);
            write(file, prefix, records, cadres, year);
            System.out.printf(
                    "File: %s (%,d bytes), %,d records of %,d cadres%n", file, Files.size(file), records, cadres);

            CurrentUser organiser = new CurrentUser(1, "benchmark", Set.of(Role.ORGANISER), null, null);
            Map<RecordField, String> mapping = new EnumMap<>(RecordField.class);
            mapping.put(RecordField.STAFF_NUMBER, "学员编号");
            mapping.put(RecordField.TITLE, "课程名称");
            mapping.put(RecordField.MINUTES, "学习时长（分钟）");
            mapping.put(RecordField.COMPLETED_ON, "完成时间");
            mapping.put(RecordField.TEST_PASSED, "考试是否通过");
            long academy = context.getBean(OnlineAcademies.class).save(null, "基准学院 " + prefix, mapping, organiser);
            OnlineImports imports = context.getBean(OnlineImports.class);
            // compliance read once before, as the home page would: the standing is then as of this year, and what
            // the check below compares is whether the import kept it in step without a rebuild
            context.getBean(ComplianceFigures.class).rates(organiser);

            double first = run("first import (all new)", imports, academy, file, organiser);
            boolean currentAfterFirst = current(jdbc, year);
            double second = run("same file again (all counted before)", imports, academy, file, organiser);
            boolean currentAfterSecond = current(jdbc, year);

            System.out.printf(
                    "%nCPUs: %d, max heap: %d MB%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("| import | records | seconds | target | compliance current right after |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf(
                    "| first, all new | %,d | %.1f | under 10 s: %s | %s |%n",
                    records, first, first < 10 ? "met" : "MISSED", currentAfterFirst ? "yes" : "NO");
            System.out.printf(
                    "| again, all counted before | %,d | %.1f | under 5 s: %s | %s |%n",
                    records, second, second < 5 ? "met" : "MISSED", currentAfterSecond ? "yes" : "NO");
        } finally {
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    /** Upload to done: the check, then the write, as an organiser would go through them. */
    private static double run(String name, OnlineImports imports, long academy, Path file, CurrentUser user)
            throws Exception {
        long start = System.nanoTime();
        OnlineImportJob job = imports.submit(academy, "records.csv", new FileSystemResource(file), user);
        job = waitWhileRunning(imports, job, user);
        if (job.status() != OnlineImportStatus.CHECKED) {
            throw new IllegalStateException(name + " was not checked clean: " + job);
        }
        double checked = (System.nanoTime() - start) / 1e9;
        job = waitWhileRunning(imports, imports.write(job.id(), user), user);
        double total = (System.nanoTime() - start) / 1e9;
        if (job.status() != OnlineImportStatus.DONE) {
            throw new IllegalStateException(name + " did not succeed: " + job);
        }
        System.out.printf(
                "%s: %,d new, %,d counted before; checked in %.1f s, done in %.1f s%n",
                name, job.newCount(), job.knownCount(), checked, total);
        return total;
    }

    private static OnlineImportJob waitWhileRunning(OnlineImports imports, OnlineImportJob job, CurrentUser user)
            throws InterruptedException {
        while (job.running()) {
            Thread.sleep(20);
            job = imports.job(job.id(), user);
        }
        return job;
    }

    /** Whether every cadre's online standing equals the hours of their records this year, as compliance reads it. */
    private static boolean current(JdbcClient jdbc, int year) {
        int wrong = jdbc.sql("""
                        select count(*) from (
                            select r.cadre_id, sum(r.hours) as hours from online_record r
                             where extract(year from r.completed_on) = ? group by r.cadre_id) r
                        left join credit_standing s on s.cadre_id = r.cadre_id
                        where s.online_section is distinct from r.hours
                        """).param(year).query(Integer.class).single();
        return wrong == 0;
    }

    private static void register(JdbcClient jdbc, String prefix, int cadres) {
        long unit = jdbc.sql(
                        "insert into unit (code, name_zh, name_en, kind) values (?, ?, ?, 'DEPARTMENT') returning id")
                .params(prefix + "U", "基准单位 " + prefix, "Bench " + prefix)
                .query(Long.class)
                .single();
        jdbc.sql("update unit set path = '/' || id || '/' where id = ?")
                .param(unit)
                .update();
        jdbc.sql("""
                        insert into cadre (staff_number, name, unit_id, rank_code)
                        select ? || n, '学员' || n, ?, 'SECTION' from generate_series(1, ?) n
                        """).params(prefix, unit, cadres).update();
    }

    private static void write(Path file, String prefix, int records, int cadres, int year) throws Exception {
        LocalDate first = LocalDate.of(year, 1, 1);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("学员编号,课程名称,学习时长（分钟）,完成时间,考试是否通过\n");
            for (int i = 0; i < records; i++) {
                int cadre = i % cadres + 1;
                int course = i / cadres;
                out.write(prefix + cadre + "," + COURSES[course % COURSES.length]
                        + (course >= COURSES.length ? " " + course : "")
                        + "," + (5 + (i * 7) % 60) + "," + first.plusDays((i * 13L) % 300) + ","
                        + (i % 3 == 0 ? "是" : "否")
                        + "\n");
            }
        }
    }
}
