package org.cadretraining.organisation.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.cadretraining.Application;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;

/**
 * The two imports of issue 16, each in an application of its own on a throw-away embedded PostgreSQL: 100,000 rows
 * into two units (50,000 each) on an empty register, and 100,000 rows (half of them cadres already there, every
 * tenth of those moved) into a register already holding 130,000 cadres in 2,000 units. Prints the time each
 * 10,000 rows took to be checked and to be written, so that a slowdown row by row shows. Run by
 * {@code bench/import/run.sh}, never by the build.
 */
public final class RegisterBenchmark {

    private static final int STEP = 10_000;
    private static final List<String> HEADER = List.of("工号", "姓名", "性别", "单位编码", "职务", "级别", "电话", "邮箱");
    private static final String[] RANKS = {"县处级", "乡科级", "科员及以下"};

    private RegisterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("register-bench-");
        List<String> lines = new ArrayList<>();
        try {
            lines.add(twoUnits(dir, rows));
            lines.add(largeRegister(dir, rows));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
        System.out.println();
        System.out.println("| import | rows | new | updated | unchanged | checking s | writing s | total s |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
        System.exit(0);
    }

    private static String twoUnits(Path dir, int rows) throws Exception {
        Path units = unitFile(dir.resolve("two-units.xlsx"), 2);
        Path cadres = cadreXlsx(dir.resolve("two-units-cadres.xlsx"), rows, n -> cadre("S", n, 1 + n % 2, false));
        try (ConfigurableApplicationContext context = start()) {
            run(context, "units", units, "unit");
            return run(context, "100,000 rows into two units of 50,000, empty register", cadres, "cadre");
        }
    }

    private static String largeRegister(Path dir, int rows) throws Exception {
        int unitCount = 2_000;
        int existing = rows * 13 / 10;
        Path units = unitFile(dir.resolve("units.xlsx"), unitCount);
        Path fill = dir.resolve("register.csv");
        try (Writer out = Files.newBufferedWriter(fill, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER) + "\r\n");
            for (int n = 1; n <= existing; n++) {
                out.write(String.join(",", cadre("R", n, 1 + n % unitCount, false)) + "\r\n");
            }
        }
        int first = existing - rows / 2 + 1;
        Path cadres = cadreXlsx(
                dir.resolve("register-cadres.xlsx"),
                rows,
                r -> cadre("R", first + r - 1, 1 + (first + r - 1) % unitCount, (first + r - 1) % 10 == 0));
        try (ConfigurableApplicationContext context = start()) {
            run(context, "units", units, "unit");
            run(context, "register filled with " + existing + " cadres", fill, "cadre");
            return run(
                    context,
                    "100,000 rows (half already there) into a register of 130,000 cadres in 2,000 units",
                    cadres,
                    "cadre");
        }
    }

    private static ConfigurableApplicationContext start() {
        SpringApplication application = new SpringApplication(Application.class);
        application.setDefaultProperties(Map.of(
                "server.port", "0",
                "app.embedded-postgres.data-dir", "",
                "logging.level.root", "WARN",
                "logging.level.org.cadretraining.organisation.importing", "INFO"));
        return application.run();
    }

    /** Runs one import and prints, for each 10,000 rows, how long they took to check and to write. */
    private static String run(ConfigurableApplicationContext context, String name, Path file, String kind)
            throws Exception {
        ImportDesk desk = context.getBean(ImportDesk.class);
        ImportJobs jobs = context.getBean(ImportJobs.class);
        CurrentUser organiser = new CurrentUser(1, "benchmark", Set.of(Role.ORGANISER), null, null);
        long start = System.nanoTime();
        List<Long> checkedAt = new ArrayList<>();
        List<Long> writtenAt = new ArrayList<>();
        long writingFrom = 0;
        ImportJob job = desk.submit(
                kind, file.getFileName().toString(), Files.size(file), new FileSystemResource(file), organiser);
        while (!job.finished()) {
            Thread.sleep(20);
            job = jobs.find(job.id()).orElseThrow();
            long now = System.nanoTime();
            if (job.status() == ImportStatus.WRITING && writingFrom == 0) {
                writingFrom = now;
            }
            while ((checkedAt.size() + 1) * (long) STEP <= job.checkedRows()) {
                checkedAt.add(now);
            }
            while ((writtenAt.size() + 1) * (long) STEP <= job.writtenRows()) {
                writtenAt.add(now);
            }
        }
        long end = System.nanoTime();
        if (writingFrom == 0) {
            writingFrom = end;
        }
        if (job.status() != ImportStatus.DONE) {
            throw new IllegalStateException(name + " did not succeed: " + job);
        }
        System.out.printf("%n%s: %s, %,d rows in %.1f s%n", name, job.status(), job.totalRows(), seconds(start, end));
        System.out.println("  checking, s per 10,000 rows: " + steps(start, checkedAt));
        System.out.println("  writing,  s per 10,000 rows: " + steps(writingFrom, writtenAt));
        return String.format(
                "| %s | %,d | %,d | %,d | %,d | %.1f | %.1f | %.1f |",
                name,
                job.totalRows(),
                job.createdCount(),
                job.updatedCount(),
                job.unchangedCount(),
                seconds(start, writingFrom),
                seconds(writingFrom, end),
                seconds(start, end));
    }

    private static String steps(long from, List<Long> times) {
        List<String> steps = new ArrayList<>();
        long previous = from;
        for (long time : times) {
            steps.add(String.format("%.2f", seconds(previous, time)));
            previous = time;
        }
        return String.join(" ", steps);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static Path unitFile(Path file, int units) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("units");
            List<String> header = List.of("code", "name_zh", "parent_code", "kind");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "ROOT");
            sheet.value(1, 1, "基准测试学校");
            sheet.value(1, 3, "党委");
            for (int u = 1; u <= units; u++) {
                sheet.value(u + 1, 0, unitCode(u));
                sheet.value(u + 1, 1, "部门" + u);
                sheet.value(u + 1, 2, "ROOT");
                sheet.value(u + 1, 3, "部门");
            }
            workbook.finish();
        }
        return file;
    }

    private static Path cadreXlsx(Path file, int rows, IntFunction<List<String>> cadre) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("cadres");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                List<String> row = cadre.apply(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r, c, row.get(c));
                }
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        return file;
    }

    private static List<String> cadre(String prefix, int n, int unit, boolean moved) {
        return List.of(
                String.format("%s%07d", prefix, n),
                "干部" + n,
                n % 2 == 0 ? "男" : "女",
                unitCode(unit),
                moved ? "调研员" : "科长",
                RANKS[n % RANKS.length],
                "138" + String.format("%08d", n),
                prefix.toLowerCase() + n + "@example.edu.cn");
    }

    private static String unitCode(int u) {
        return String.format("U-%04d", u);
    }
}
