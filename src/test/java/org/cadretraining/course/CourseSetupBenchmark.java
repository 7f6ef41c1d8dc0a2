package org.cadretraining.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The load client of {@code bench/course/run.sh}, in a JVM of its own: signs in to the running application as its
 * first administrator, imports units and cadres (not timed), then times, through the JSON API as an organiser's
 * client would call it, a programme of 300 items (preview, then import) and 2,000 cadres chosen by rank enrolled in
 * one bulk step (preview, then confirm). Prints each step's wall-clock time and checks what was written.
 */
public final class CourseSetupBenchmark {

    private static final String PASSWORD = "Benchmark password 2026";
    private static final String[] SITTINGS = {"08:30-10:00", "10:15-11:45", "14:30-16:00", "16:15-17:45", "19:00-20:30"
    };

    private final String base;
    private final HttpClient http;
    private String basic;

    private CourseSetupBenchmark(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String oneTimePassword = args[1];
        int items = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int cadres = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        CourseSetupBenchmark bench = new CourseSetupBenchmark(base);
        bench.firstSignIn(oneTimePassword);
        bench.importOrganisation(cadres);
        System.out.printf("Course set-up benchmark: %d agenda items, %d cadres chosen by rank%n", items, cadres);
        System.out.printf("%-44s %9s %s%n", "step", "seconds", "result");
        for (int round = 1; round <= 3; round++) {
            bench.round(round, items, cadres);
        }
    }

    private void round(int round, int items, int cadres) throws Exception {
        int days = (items + SITTINGS.length - 1) / SITTINGS.length;
        LocalDate start = LocalDate.of(2030, 3, 1).plusYears(round);
        long course = created(post("/api/v1/courses", """
                {"titleZh": "基准测试培训班 %s", "organiserUnitId": %d, "startsOn": "%s", "endsOn": "%s",
                 "capacity": %d, "requiredHours": 30, "category": "THEORY"}
                """.formatted(
                        UUID.randomUUID(), unitId("BENCH"), start, start.plusDays(days - 1), cadres)));
        String programme = programme(start, items);

        long t0 = System.nanoTime();
        HttpResponse<String> preview =
                multipart("/api/v1/courses/" + course + "/programme", Map.of("text", programme, "dryRun", "true"));
        double previewSeconds = seconds(t0);
        require(preview, 200);
        t0 = System.nanoTime();
        HttpResponse<String> imported =
                multipart("/api/v1/courses/" + course + "/programme", Map.of("text", programme));
        double importSeconds = seconds(t0);
        require(imported, 201);
        int written = count(get("/api/v1/courses/" + course + "/agenda").body(), "\"courseId\"");

        String filter = "{\"filter\": {\"ranks\": [\"COUNTY\"]}, \"dryRun\": %s%s}";
        t0 = System.nanoTime();
        HttpResponse<String> bulkPreview =
                post("/api/v1/courses/" + course + "/enrolments/bulk", filter.formatted("true", ""));
        double bulkPreviewSeconds = seconds(t0);
        require(bulkPreview, 200);
        Matcher token = Pattern.compile("\"previewToken\"\\s*:\\s*\"([^\"]+)\"").matcher(bulkPreview.body());
        String tokenPart = token.find() ? ", \"previewToken\": \"" + token.group(1) + "\"" : "";
        t0 = System.nanoTime();
        HttpResponse<String> confirmed =
                post("/api/v1/courses/" + course + "/enrolments/bulk", filter.formatted("false", tokenPart));
        double confirmSeconds = seconds(t0);
        require(confirmed, 200);
        int enrolled = count(get("/api/v1/courses/" + course + "/enrolments").body(), "\"cadreId\"");

        System.out.printf("round %d%n", round);
        System.out.printf(
                "  %-42s %9.3f %d rows checked and planned, rolled back%n",
                "programme preview (" + items + " items)", previewSeconds, items);
        System.out.printf("  %-42s %9.3f %d items written%n", "programme import", importSeconds, written);
        System.out.printf("  %-42s %9.3f%n", "programme preview + import", previewSeconds + importSeconds);
        System.out.printf("  %-42s %9.3f%n", "bulk enrolment preview (by rank)", bulkPreviewSeconds);
        System.out.printf("  %-42s %9.3f %d cadres enrolled%n", "bulk enrolment confirm", confirmSeconds, enrolled);
        System.out.printf("  %-42s %9.3f%n", "bulk enrolment preview + confirm", bulkPreviewSeconds + confirmSeconds);
        if (written != items || enrolled != cadres) {
            throw new IllegalStateException("expected " + items + " items and " + cadres + " enrolments");
        }
    }

    /** 300 items over 60 days: five sittings a day, lectures, discussions and an evening study. */
    private static String programme(LocalDate start, int items) {
        StringBuilder text = new StringBuilder("日期\t时间\t类型\t标题\t主讲人\n");
        String[] types = {"专题讲座", "专题讲座", "分组研讨", "现场教学", "自学"};
        for (int i = 0; i < items; i++) {
            LocalDate day = start.plusDays(i / SITTINGS.length);
            int sitting = i % SITTINGS.length;
            text.append("%s\t%s\t%s\t第%d讲\t%s\n"
                    .formatted(day, SITTINGS[sitting], types[sitting], i + 1, sitting < 2 ? "讲师" + (i % 40) : ""));
        }
        return text.toString();
    }

    /** The first start: sign in with the printed one-time password and choose a new one, as a person would. */
    private void firstSignIn(String oneTimePassword) throws Exception {
        String login = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> signedIn =
                form("/login", Map.of("username", "admin", "password", oneTimePassword, "_csrf", csrf(login)));
        HttpResponse<String> changed = form(
                "/account/password",
                Map.of(
                        "currentPassword", oneTimePassword,
                        "newPassword", PASSWORD,
                        "confirmPassword", PASSWORD,
                        "_csrf", csrf(signedIn.body())));
        require(changed, 200);
        basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> check = get("/api/v1/units");
        if (check.statusCode() != 200) {
            throw new IllegalStateException("Signing in as the first administrator failed: the password page ended at "
                    + changed.uri() + " with "
                    + changed.body().substring(0, Math.min(3000, changed.body().length())));
        }
    }

    /** One school with 20 departments, and cadres of whom {@code county} are at county/division level. */
    private void importOrganisation(int county) throws Exception {
        ByteArrayOutputStream units = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(units, "bench", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("units");
            List<String> header = List.of("code", "name_zh", "name_en", "parent_code", "kind", "active");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "BENCH");
            sheet.value(1, 1, "基准测试学校");
            sheet.value(1, 4, "党委");
            for (int u = 1; u <= 20; u++) {
                sheet.value(u + 1, 0, "BENCH-" + u);
                sheet.value(u + 1, 1, "部门" + u);
                sheet.value(u + 1, 3, "BENCH");
                sheet.value(u + 1, 4, "部门");
            }
        }
        importFile("unit", "units.xlsx", units.toByteArray());
        ByteArrayOutputStream people = new ByteArrayOutputStream();
        int total = county + county / 2;
        try (Workbook workbook = new Workbook(people, "bench", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("cadres");
            List<String> header = List.of("工号", "姓名", "性别", "单位编码", "职务", "级别", "类别", "在职");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            Random random = new Random(1);
            for (int n = 1; n <= total; n++) {
                List<String> row = List.of(
                        "C%06d".formatted(n),
                        "干部" + n,
                        random.nextBoolean() ? "男" : "女",
                        "BENCH-" + (1 + n % 20),
                        n <= county ? "处长" : "科长",
                        n <= county ? "县处级" : "乡科级",
                        "党政管理干部",
                        "是");
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(n, c, row.get(c));
                }
            }
        }
        importFile("cadre", "cadres.xlsx", people.toByteArray());
    }

    private void importFile(String kind, String name, byte[] workbook) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "kind", null, kind.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "file", name, workbook);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> started = http.send(
                api("/api/v1/imports")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        require(started, 202);
        String job = started.headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 600; i++) {
            String status = http.send(
                            api(URI.create(job).getPath()).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            if (status.contains("\"status\":\"DONE\"")) {
                return;
            }
            if (status.contains("\"status\":\"REJECTED\"") || status.contains("\"status\":\"FAILED\"")) {
                throw new IllegalStateException("The " + kind + " import failed: " + status);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The " + kind + " import did not finish");
    }

    private long unitId(String code) throws Exception {
        String units = get("/api/v1/units").body();
        Matcher unit = Pattern.compile("\"id\"\\s*:\\s*(\\d+)[^}]*\"code\"\\s*:\\s*\"" + code + "\"")
                .matcher(units);
        if (!unit.find()) {
            throw new IllegalStateException("No unit " + code + " in " + units);
        }
        return Long.parseLong(unit.group(1));
    }

    private HttpResponse<String> multipart(String path, Map<String, String> fields) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            part(body, boundary, field.getKey(), null, field.getValue().getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                api(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String file, byte[] content)
            throws IOException {
        String disposition = "Content-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file + "\"");
        body.write(("--" + boundary + "\r\n" + disposition + "\r\n"
                        + (file == null
                                ? "Content-Type: text/plain; charset=UTF-8"
                                : "Content-Type: application/octet-stream")
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(
                api(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(api(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpRequest.Builder api(String path) {
        return request(path).header("Authorization", basic).header("Accept", "application/json");
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return token.group(1);
    }

    private static long created(HttpResponse<String> response) {
        require(response, 201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body()
                            .substring(0, Math.min(2000, response.body().length())));
        }
    }

    private static int count(String body, String needle) {
        int count = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static double seconds(long from) {
        return (System.nanoTime() - from) / 1e9;
    }
}
