package org.cadretraining.organisation.importing;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.cadretraining.Application;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.Role;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;

/**
 * Imports 100,000 cadres into the running application, through the same desk the page and the API hand files to,
 * and prints rows, seconds, rows per second and the peak heap. Run by {@code bench/import/run.sh}, never by the
 * build: the name does not match the test patterns.
 */
public final class ImportBenchmark {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "白", "欧阳"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "晓梅", "建国"
    };
    private static final String[] RANKS = {"省部级", "厅局级", "县处级", "乡科级", "科员及以下"};
    private static final String[] POSITIONS = {"部长", "副部长", "处长", "副处长", "科长", "科员", "院长", "副院长"};
    private static final List<String> HEADER =
            List.of("工号", "姓名", "性别", "单位编码", "职务", "职务（英文）", "级别", "类别", "电话", "邮箱", "备注", "在职");

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int units = 200;
        Path dir = Files.createTempDirectory("import-bench-");
        Path unitFile = dir.resolve("units.xlsx");
        Path cadreXlsx = dir.resolve("cadres.xlsx");
        Path cadreCsv = dir.resolve("cadres.csv");
        writeUnits(unitFile, units);
        writeCadresXlsx(cadreXlsx, rows, units, 0);
        writeCadresCsv(cadreCsv, rows, units, 10);
        System.out.printf(
                "Files: %s (%,d bytes), %s (%,d bytes)%n",
                cadreXlsx, Files.size(cadreXlsx), cadreCsv, Files.size(cadreCsv));

        HeapWatch heap = new HeapWatch();
        SpringApplication application = new SpringApplication(Application.class);
        application.setDefaultProperties(Map.of(
                "server.port", "0",
                "app.embedded-postgres.data-dir", "",
                "logging.level.root", "WARN",
                "logging.level.org.cadretraining.organisation.importing", "INFO"));
        try (ConfigurableApplicationContext context = application.run()) {
            ImportDesk desk = context.getBean(ImportDesk.class);
            ImportJobs jobs = context.getBean(ImportJobs.class);
            CurrentUser organiser = new CurrentUser(1, "benchmark", Set.of(Role.ORGANISER), null, null);

            run("units (XLSX)", unitFile, "unit", desk, jobs, organiser, heap);
            List<Result> results = List.of(
                    run("cadres, all new (XLSX)", cadreXlsx, "cadre", desk, jobs, organiser, heap),
                    run("cadres again, every 10th moved (CSV)", cadreCsv, "cadre", desk, jobs, organiser, heap),
                    run("cadres again, unchanged (CSV)", cadreCsv, "cadre", desk, jobs, organiser, heap));
            System.out.printf(
                    "%nMax heap (-Xmx): %d MB, CPUs: %d%n",
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            System.out.println(
                    "| import | rows | status | new | updated | unchanged | checking s | writing s | total s | rows/s | peak heap used MB | peak heap after GC MB |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            results.forEach(r -> System.out.println(r.markdown()));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
        System.exit(0);
    }

    record Result(
            String name, ImportJob job, double checking, double writing, double total, long peak, long peakAfterGc) {
        String markdown() {
            return String.format(
                    "| %s | %,d | %s | %,d | %,d | %,d | %.1f | %.1f | %.1f | %,.0f | %d | %d |",
                    name,
                    job.totalRows(),
                    job.status(),
                    job.createdCount(),
                    job.updatedCount(),
                    job.unchangedCount(),
                    checking,
                    writing,
                    total,
                    job.totalRows() / total,
                    peak >> 20,
                    peakAfterGc >> 20);
        }
    }

    private static Result run(
            String name, Path file, String kind, ImportDesk desk, ImportJobs jobs, CurrentUser user, HeapWatch heap)
            throws Exception {
        System.gc();
        heap.reset();
        long start = System.nanoTime();
        long writingFrom = 0;
        ImportJob job =
                desk.submit(kind, file.getFileName().toString(), Files.size(file), new FileSystemResource(file), user);
        while (!job.finished()) {
            Thread.sleep(20);
            job = jobs.find(job.id()).orElseThrow();
            if (writingFrom == 0 && job.status() == ImportStatus.WRITING) {
                writingFrom = System.nanoTime();
            }
        }
        long end = System.nanoTime();
        if (writingFrom == 0) {
            writingFrom = end;
        }
        Result result = new Result(
                name,
                job,
                (writingFrom - start) / 1e9,
                (end - writingFrom) / 1e9,
                (end - start) / 1e9,
                heap.peak(),
                heap.peakAfterGc());
        System.out.printf("%s: %s in %.1f s%n", name, job.status(), result.total());
        if (job.status() != ImportStatus.DONE) {
            throw new IllegalStateException(name + " did not succeed: " + job);
        }
        return result;
    }

    private static void writeUnits(Path file, int units) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("units");
            List<String> header = List.of("code", "name_zh", "name_en", "parent_code", "kind", "active");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "BENCH");
            sheet.value(1, 1, "基准测试学校");
            sheet.value(1, 2, "Benchmark school");
            sheet.value(1, 4, "党委");
            for (int u = 1; u <= units; u++) {
                sheet.value(u + 1, 0, unitCode(u));
                sheet.value(u + 1, 1, "部门" + u);
                sheet.value(u + 1, 2, "Department " + u);
                sheet.value(u + 1, 3, "BENCH");
                sheet.value(u + 1, 4, "部门");
                sheet.value(u + 1, 5, "是");
            }
            workbook.finish();
        }
    }

    private static void writeCadresXlsx(Path file, int rows, int units, int moveEvery) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("cadres");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                List<String> row = cadre(r, units, moveEvery);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r, c, row.get(c));
                }
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }

    private static void writeCadresCsv(Path file, int rows, int units, int moveEvery) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(",", HEADER) + "\r\n");
            for (int r = 1; r <= rows; r++) {
                out.write(String.join(",", cadre(r, units, moveEvery)) + "\r\n");
            }
        }
    }

    /** The same cadre for the same number every time; with {@code moveEvery}, every so many have a new position. */
    private static List<String> cadre(int n, int units, int moveEvery) {
        Random random = new Random(n);
        String name = SURNAMES[random.nextInt(SURNAMES.length)]
                + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        boolean moved = moveEvery > 0 && n % moveEvery == 0;
        String position = moved ? "调研员" : POSITIONS[random.nextInt(POSITIONS.length)];
        return List.of(
                String.format("B%07d", n),
                name,
                random.nextBoolean() ? "男" : "女",
                unitCode(1 + n % units),
                position,
                "",
                RANKS[random.nextInt(RANKS.length)],
                "党政管理干部",
                "138" + String.format("%08d", n),
                "b" + n + "@example.edu.cn",
                "",
                "是");
    }

    private static String unitCode(int u) {
        return String.format("BENCH-%03d", u);
    }

    /** The heap's peak, sampled often, and its peak right after a collection (what the import really keeps). */
    private static final class HeapWatch {

        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();

        HeapWatch() {
            Thread sampler = new Thread(
                    () -> {
                        var memory = ManagementFactory.getMemoryMXBean();
                        while (true) {
                            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                            try {
                                Thread.sleep(5);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-watch");
            sampler.setDaemon(true);
            sampler.start();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc)
                        .addNotificationListener(
                                (notification, handback) -> {
                                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                            notification.getType())) {
                                        return;
                                    }
                                    var info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                            .mapToLong(MemoryUsage::getUsed)
                                            .sum();
                                    peakAfterGc.accumulateAndGet(used, Math::max);
                                },
                                null,
                                null);
            }
        }

        void reset() {
            peak.set(0);
            peakAfterGc.set(0);
        }

        long peak() {
            return peak.get();
        }

        long peakAfterGc() {
            return peakAfterGc.get();
        }
    }
}
