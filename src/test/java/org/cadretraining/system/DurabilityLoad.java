package org.cadretraining.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The load clients of the durability benchmark, each round in a process of its own, so that killing the application
 * leaves them to record what it had acknowledged before it died. Run by {@code bench/durability/run.sh}:
 * <ul>
 *   <li>{@code checkin}: staff devices send one scan per trainee; each acknowledged ("RECORDED") trainee is written
 *       to a file the moment its answer arrives;
 *   <li>{@code import}: a large units XLSX through {@code POST /api/v1/imports}; the job's id is written to a file as
 *       soon as the job is seen writing;
 *   <li>{@code views}: concurrent views of one article until the application stops answering; prints the views
 *       answered 200 and those answered in the last second before the first failure.
 * </ul>
 */
public final class DurabilityLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    private DurabilityLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args[1];
        Properties fixture = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(args[2]))) {
            fixture.load(reader);
        }
        switch (args[0]) {
            case "checkin" -> checkIns(base, fixture, Path.of(args[3]), Integer.parseInt(args[4]));
            case "import" -> importing(base, fixture, Path.of(args[3]), Integer.parseInt(args[4]));
            case "views" -> views(base, fixture, Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void checkIns(String base, Properties fixture, Path acknowledged, int clients) throws Exception {
        List<String> cadres = List.of(fixture.getProperty("cadres").split(","));
        List<String> tokens = List.of(fixture.getProperty("tokens").split(","));
        URI uri = URI.create(base + "/api/v1/attendance/courses/" + fixture.getProperty("course") + "/scans");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acknowledged, StandardCharsets.UTF_8));
                ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    int index;
                    while ((index = next.getAndIncrement()) < cadres.size()) {
                        String cadre = cadres.get(index);
                        String body = """
                                {"device":"durability-%d","scans":[{"scanId":"%s","itemId":%s,"cadreId":%s,\
                                "direction":"IN","method":"STAFF_TAP","at":"%s"}]}""".formatted(
                                        client, UUID.randomUUID(), fixture.getProperty("item"), cadre, Instant.now());
                        HttpRequest request = HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Bearer " + tokens.get(client % tokens.size()))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        try {
                            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200 && response.body().contains("\"RECORDED\"")) {
                                synchronized (out) {
                                    out.println(cadre);
                                    out.flush();
                                }
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException noAnswer) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        System.out.printf(
                "check-in client: %,d sent, %,d without an acknowledgement%n",
                Math.min(next.get(), cadres.size()), failed.get());
    }

    private static void importing(String base, Properties fixture, Path writingMarker, int rows) throws Exception {
        String prefix = "DUR" + fixture.getProperty("prefix");
        Path file = Files.createTempFile("durability-units-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("units");
            List<String> header = List.of("code", "name_zh", "name_en", "parent_code", "kind", "active");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, prefix);
            sheet.value(1, 1, "断电测试学校");
            sheet.value(1, 2, "Durability school");
            sheet.value(1, 4, "党委");
            for (int u = 1; u < rows; u++) {
                sheet.value(u + 1, 0, prefix + String.format("%06d", u));
                sheet.value(u + 1, 1, "部门" + u);
                sheet.value(u + 1, 2, "Department " + u);
                sheet.value(u + 1, 3, prefix);
                sheet.value(u + 1, 4, "部门");
                sheet.value(u + 1, 5, "是");
                if (u % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        String boundary = "durability" + UUID.randomUUID();
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"units.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((fixture.getProperty("administrator") + ":" + fixture.getProperty("password"))
                                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> started = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/imports?kind=unit"))
                        .header("Authorization", basic)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.concat(
                                HttpRequest.BodyPublishers.ofByteArray(head),
                                HttpRequest.BodyPublishers.ofFile(file),
                                HttpRequest.BodyPublishers.ofByteArray(tail)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Files.delete(file);
        if (started.statusCode() != 202) {
            throw new IllegalStateException(
                    "the import was not accepted: " + started.statusCode() + " " + started.body());
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        Matcher id = Pattern.compile("/(\\d+)$").matcher(location);
        id.find();
        System.out.printf("import client: %,d rows (%s…), job %s%n", rows, prefix, id.group(1));
        Pattern status = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
        while (true) {
            HttpResponse<String> job;
            try {
                job = HTTP.send(
                        HttpRequest.newBuilder(URI.create(location))
                                .header("Authorization", basic)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException gone) {
                System.out.println("import client: the application stopped answering");
                return;
            }
            Matcher seen = status.matcher(job.body());
            String now = seen.find() ? seen.group(1) : "?";
            if (now.equals("WRITING")) {
                Files.writeString(writingMarker, id.group(1) + " " + rows + " " + prefix + "\n");
            } else if (!List.of("QUEUED", "CHECKING").contains(now)) {
                System.out.println("import client: the job ended as " + now + " before the kill: " + job.body());
                Files.writeString(writingMarker, id.group(1) + " " + rows + " " + prefix + " " + now + "\n");
                return;
            }
            Thread.sleep(20);
        }
    }

    private static void views(String base, Properties fixture, int clients) throws Exception {
        URI uri = URI.create(base + "/news/articles/" + fixture.getProperty("article"));
        ConcurrentLinkedQueue<Long> answeredAt = new ConcurrentLinkedQueue<>();
        ConcurrentHashMap<Integer, AtomicInteger> otherAnswers = new ConcurrentHashMap<>();
        AtomicLong gone = new AtomicLong(Long.MAX_VALUE);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (gone.get() == Long.MAX_VALUE) {
                        try {
                            // a long timeout: on a busy machine a slow answer is still an answer; only a refused
                            // or cut connection says that the application is gone
                            HttpResponse<Void> response = HTTP.send(
                                    HttpRequest.newBuilder(uri)
                                            .timeout(Duration.ofSeconds(60))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() == 200) {
                                if (answeredAt.isEmpty()) {
                                    System.out.println("storming");
                                    System.out.flush();
                                }
                                answeredAt.add(System.nanoTime());
                            } else {
                                otherAnswers
                                        .computeIfAbsent(response.statusCode(), status -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                        } catch (IOException | InterruptedException noAnswer) {
                            gone.compareAndSet(Long.MAX_VALUE, System.nanoTime());
                        }
                    }
                    return null;
                });
            }
        }
        long lastSecondFrom = gone.get() - Duration.ofSeconds(1).toNanos();
        long lastSecond = answeredAt.stream().filter(at -> at >= lastSecondFrom).count();
        if (!otherAnswers.isEmpty()) {
            System.out.println("other answers (status: count): " + otherAnswers);
        }
        System.out.printf("views %d %d%n", answeredAt.size(), lastSecond);
    }
}
