package org.cadretraining.attendance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.cadretraining.Application;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A check-in burst: 2,000 trainees check in to one agenda item from 200 concurrent clients over HTTP, against the
 * whole application on embedded PostgreSQL. Two paths are measured, each after warm-up rounds of the same size on
 * other items that go on until the JIT compiler is done with the path (as in a server that has run for a while):
 *
 * <ul>
 *   <li>phones: every trainee has their own signed-in session and opens {@code GET /check-in/{code}} with the code
 *       the screen shows at that moment, as after scanning it (the page the phone gets back is rendered in full);
 *   <li>staff devices: 200 devices, each with its own token, send single-scan batches to
 *       {@code POST /api/v1/attendance/courses/{id}/scans} with the signed device token the device page hands out.
 * </ul>
 *
 * Sign-in is set up before the clock starts and is not measured; the benchmark's accounts get a {@code {noop}}
 * password so that 2,000 sign-ins take seconds instead of minutes of bcrypt. Prints throughput, p50, p99 and max
 * latency, the CPU the JVM (server and load client) and PostgreSQL used and the JVM's time in GC and JIT, and checks that exactly 2,000 check-ins were recorded, none lost and none twice. Run by
 * {@code bench/checkin/run.sh}, never by the build (the class name matches no test pattern).
 */
public final class CheckInBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Warm-up rounds for a path stop once two in a row spend under a tenth of their time compiling, or at this. */
    private static final int MOST_WARM_UP_ROUNDS = 20;
    /** The measured single-scan round is run this often, so that the figures show how much they vary. */
    private static final int MEASURED_RUNS = 3;

    private CheckInBenchmark() {}

    public static void main(String[] args) throws Exception {
        int trainees = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        // as in production: the test class path's config/application.properties turns the template cache off and
        // enlarges the pool, and system properties are the ones that outrank it
        System.setProperty("spring.thymeleaf.cache", "true");
        System.setProperty("app.embedded-postgres.max-pool-size", "10");
        // a database in a folder of its own runs as in production, every commit on disk (fsync, synchronous
        // commit); a throw-away one would skip both and flatter the figures (run.sh gives a folder and removes it)
        if (System.getProperty("app.embedded-postgres.data-dir", "").isBlank()) {
            System.setProperty(
                    "app.embedded-postgres.data-dir",
                    java.nio.file.Files.createTempDirectory("checkin-bench-").toString());
        }
        SpringApplication application = new SpringApplication(Application.class);
        application.setDefaultProperties(Map.of(
                "server.port", "0",
                "app.attendance.code-secret", "benchmark secret " + UUID.randomUUID(),
                "logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = application.run()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://localhost:" + port;
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            CheckInCodes codes = context.getBean(CheckInCodes.class);
            AttendanceFixture fixture = new AttendanceFixture(
                    context.getBean(OrganisationDirectory.class), jdbc, context.getBean(EnrolmentSetup.class));

            long started = System.nanoTime();
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            long courseId = course(jdbc, fixture.unit, today, trainees);
            java.time.Clock clock = context.getBean(java.time.Clock.class);
            // check-in counts only within an item's window: each round's item is open now
            java.util.function.LongSupplier nextItem = () -> fixture.itemOpenNow(courseId, clock, "LECTURE");
            List<Long> cadres = new ArrayList<>();
            for (int i = 0; i < trainees; i++) {
                cadres.add(fixture.trainee(courseId, "学员" + i));
            }
            accounts(jdbc, fixture.prefix, cadres, clients);
            System.out.printf("Set up %,d trainees in %.1f s; signing them in...%n", trainees, seconds(started));

            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            List<String> phones = signIn(http, base, fixture.prefix, cadres.size(), clients);
            System.out.printf("Signed in %,d phones in %.1f s.%n", phones.size(), seconds(started));
            // each staff device holds the token of its own grant, as an organiser's device page gets it
            String organiser = fixture.prefix + "bench-organiser";
            context.getBean(org.cadretraining.account.Accounts.class)
                    .create(
                            organiser,
                            organiser,
                            java.util.Set.of(org.cadretraining.shared.Role.ORGANISER),
                            null,
                            null);
            long organiserId = jdbc.sql("select id from account where username = ?")
                    .param(organiser)
                    .query(Long.class)
                    .single();
            org.cadretraining.shared.CurrentUser holder = context.getBean(org.cadretraining.account.Accounts.class)
                    .standing(organiserId)
                    .orElseThrow();
            DeviceGrants grants = context.getBean(DeviceGrants.class);
            List<String> staff = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                staff.add(grants.issue(courseId, holder).token());
            }
            System.out.printf("Signed in %,d phones; %,d staff devices hold tokens.%n%n", phones.size(), staff.size());

            String loadBefore = loadAverage();
            List<Result> results = new ArrayList<>();
            jdk.jfr.Recording recording = flightRecording();
            // A server that has run for a while runs compiled code. Warm-up rounds compile each path, and go on
            // until two in a row spend less than a tenth of their time in the JIT compiler: on two cores the compiler
            // competes with the server, and right after start it takes more CPU than the requests do.
            results.addAll(
                    warmUp("phones", round -> phones(base, codes, nextItem.getAsLong(), phones, clients, round)));
            results.add(
                    phones(base, codes, nextItem.getAsLong(), phones, clients, "**phones (GET /check-in/{code})**"));
            results.addAll(warmUp(
                    "staff devices", round -> devices(base, courseId, nextItem.getAsLong(), cadres, staff, 1, round)));
            for (int run = 1; run <= MEASURED_RUNS; run++) {
                results.add(devices(
                        base,
                        courseId,
                        nextItem.getAsLong(),
                        cadres,
                        staff,
                        1,
                        "**staff devices (POST /api/v1/.../scans with a device token, 1 scan each), run " + run
                                + "**"));
            }
            results.addAll(warmUp(
                    "staff devices syncing",
                    round -> devices(base, courseId, nextItem.getAsLong(), cadres, staff, 10, round)));
            results.add(devices(
                    base,
                    courseId,
                    nextItem.getAsLong(),
                    cadres,
                    staff,
                    10,
                    "**staff devices syncing a queue (10 scans each)**"));
            if (recording != null) {
                recording.stop();
                recording.close();
            }

            System.out.printf(
                    "CPUs: %d, clients: %d, trainees: %,d, JDK %s, load average before/after: %s / %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    clients,
                    trainees,
                    Runtime.version(),
                    loadBefore,
                    loadAverage());
            System.out.println(
                    "| path | requests | seconds | check-ins/s | p50 ms | p99 ms | max ms | recorded | distinct | lost | twice"
                            + " | JVM CPU ms | PostgreSQL CPU ms | GC ms | JIT ms |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            boolean allGood = true;
            for (int i = 0; i < results.size(); i++) {
                Result r = results.get(i);
                long item = r.item();
                int recorded = count(jdbc, "select count(*) from attendance_check where agenda_item_id = ?", item);
                int distinct = count(
                        jdbc, "select count(distinct cadre_id) from attendance_check where agenda_item_id = ?", item);
                int lost = trainees - distinct;
                int twice = recorded - distinct;
                allGood &= recorded == trainees && lost == 0 && twice == 0 && r.failures() == 0;
                System.out.println(r.markdown(recorded, distinct, lost, twice));
            }
            System.out.println(
                    allGood
                            ? "OK: exactly " + trainees + " check-ins per item, none lost, none twice."
                            : "FAILED: see the table (failures: "
                                    + results.stream()
                                            .mapToInt(Result::failures)
                                            .sum() + ")");
            System.exit(allGood ? 0 : 1);
        }
    }

    private static long course(JdbcClient jdbc, long unit, LocalDate day, int capacity) {
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values ('签到压力测试班', 'Check-in burst', ?, ?, ?, ?, 18, 'PARTY_SPIRIT', 'IN_PROGRESS', ?,
                                'benchmark') returning id
                        """)
                .params(unit, day, day, capacity + 10, Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }

    /** One account per trainee ({prefix}{n}) and as many organiser accounts for the staff devices. */
    private static void accounts(JdbcClient jdbc, String prefix, List<Long> cadres, int staff) {
        for (int i = 0; i < cadres.size(); i++) {
            account(jdbc, prefix + i, cadres.get(i), "CADRE");
        }
        for (int i = 0; i < staff; i++) {
            account(jdbc, prefix + "staff" + i, null, "ORGANISER");
        }
    }

    private static void account(JdbcClient jdbc, String username, Long cadreId, String role) {
        long id = jdbc.sql("""
                        insert into account (username, password_hash, display_name, cadre_id, created_at)
                        values (?, '{noop}benchmark', ?, ?, now()) returning id
                        """)
                .params(username, username, cadreId)
                .query(Long.class)
                .single();
        jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
                .params(id, role)
                .update();
    }

    /** Signs in {@code prefix0..prefix(n-1)} through the login form; returns each one's session cookie. */
    private static List<String> signIn(HttpClient http, String base, String prefix, int n, int parallel)
            throws Exception {
        String[] sessions = new String[n];
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, 8))) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    try {
                        sessions[index] = signIn(http, base, prefix + index);
                    } catch (IllegalStateException busy) { // a sign-in that timed out on a busy machine
                        sessions[index] = signIn(http, base, prefix + index);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return Arrays.asList(sessions);
    }

    private static String signIn(HttpClient http, String base, String username) throws Exception {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String session = cookie(form, null);
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Cookie", "SESSION=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=benchmark&_csrf=" + token.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + location);
        }
        return cookie(login, session);
    }

    private static String cookie(HttpResponse<?> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
                .findFirst()
                .orElse(otherwise);
    }

    private static Result phones(
            String base, CheckInCodes codes, long itemId, List<String> sessions, int clients, String name)
            throws Exception {
        return burst(name, itemId, sessions.size(), 1, clients, index -> {
            // the code the screen shows at this moment, as the phone's camera would read it
            HttpGet request = new HttpGet(base + "/check-in/" + codes.rotatingCode(itemId));
            request.setHeader("Cookie", "SESSION=" + sessions.get(index));
            return LOAD.execute(
                    request,
                    response -> response.getCode() == 200
                            && EntityUtils.toString(response.getEntity()).contains("data-outcome=\"RECORDED\""));
        });
    }

    private static Result devices(
            String base, long courseId, long itemId, List<Long> cadres, List<String> staff, int perRequest, String name)
            throws Exception {
        URI uri = URI.create(base + "/api/v1/attendance/courses/" + courseId + "/scans");
        int requests = (cadres.size() + perRequest - 1) / perRequest;
        return burst(name, itemId, requests, perRequest, staff.size(), index -> {
            String token = staff.get(index % staff.size());
            StringBuilder scans = new StringBuilder();
            for (int i = index * perRequest; i < Math.min(cadres.size(), (index + 1) * perRequest); i++) {
                scans.append(scans.isEmpty() ? "" : ",")
                        .append("""
                                {"scanId":"%s","itemId":%d,"cadreId":%d,"direction":"IN","method":"STAFF_TAP",\
                                "at":"%s"}""".formatted(UUID.randomUUID(), itemId, cadres.get(i), Instant.now()));
            }
            String body = "{\"device\":\"bench-" + index % staff.size() + "\",\"scans\":[" + scans + "]}";
            HttpPost request = new HttpPost(uri);
            request.setHeader("Authorization", "Bearer " + token);
            request.setHeader("Accept", "application/json");
            request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            int expected = Math.min(perRequest, cadres.size() - index * perRequest);
            return LOAD.execute(
                    request,
                    response -> response.getCode() == 200
                            && EntityUtils.toString(response.getEntity()).split("\"RECORDED\"", -1).length - 1
                                    == expected);
        });
    }

    /**
     * The measured rounds' HTTP client: Apache's classic client, each of the 200 client threads blocking on its own
     * keep-alive connection. The JDK's client routes every connection through one selector thread of its own, and
     * the load client shares the two cores with the server it measures, so the lighter client leaves more to it.
     */
    private static final CloseableHttpClient LOAD = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(1000)
                    .setMaxConnPerRoute(1000)
                    .build())
            .disableCookieManagement()
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .build();

    interface CheckIn {
        boolean run(int index) throws Exception;
    }

    /** With {@code -Dbench.jfr=file} (BENCH_JFR in run.sh): a flight recording of the rounds, CPU samples too. */
    private static jdk.jfr.Recording flightRecording() throws Exception {
        String file = System.getProperty("bench.jfr", "");
        if (file.isBlank()) {
            return null;
        }
        jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.enable("jdk.CPUTimeSample").with("throttle", "1ms");
        recording.setDestination(java.nio.file.Path.of(file));
        recording.start();
        return recording;
    }

    interface Round {
        Result run(String name) throws Exception;
    }

    /**
     * Rounds of a path until two in a row spend under a tenth of their time compiling, or {@link
     * #MOST_WARM_UP_ROUNDS}: one quiet round alone may be a pause between two compilations.
     */
    private static List<Result> warmUp(String path, Round round) throws Exception {
        List<Result> rounds = new ArrayList<>();
        int quietInARow = 0;
        for (int n = 1; n <= MOST_WARM_UP_ROUNDS && quietInARow < 2; n++) {
            Result warm = round.run(path + ", warm-up " + n);
            rounds.add(warm);
            quietInARow = warm.jitMillis() < warm.seconds() * 1000 / 10 ? quietInARow + 1 : 0;
        }
        return rounds;
    }

    /** {@code clients} virtual threads take the next trainee until all have checked in; each request is timed. */
    private static Result burst(String name, long item, int total, int perRequest, int clients, CheckIn checkIn)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        long began;
        long[] cpuBefore = CpuTicks.now();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    start.await();
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = checkIn.run(i);
                        } catch (Exception e) {
                            ok = false;
                        }
                        latencies.add(System.nanoTime() - t0);
                        if (!ok) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            began = System.nanoTime();
            start.countDown();
        }
        double seconds = seconds(began);
        long[] cpuAfter = CpuTicks.now();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(
                name,
                item,
                sorted.length,
                perRequest,
                seconds,
                sorted,
                failures.get(),
                CpuTicks.millis(cpuAfter[0] - cpuBefore[0]),
                CpuTicks.millis(cpuAfter[1] - cpuBefore[1]),
                cpuAfter[2] - cpuBefore[2],
                cpuAfter[3] - cpuBefore[3]);
    }

    record Result(
            String name,
            long item,
            int requests,
            int perRequest,
            double seconds,
            long[] sortedNanos,
            int failures,
            long jvmCpuMillis,
            long postgresCpuMillis,
            long gcMillis,
            long jitMillis) {

        double percentile(double p) {
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        String markdown(int recorded, int distinct, int lost, int twice) {
            return String.format(
                    "| %s | %,d | %.2f | %,.0f | %.1f | %.1f | %.1f | %,d | %,d | %d | %d | %,d | %,d | %,d | %,d |",
                    name,
                    requests,
                    seconds,
                    Math.min(requests * perRequest, recorded) / seconds,
                    percentile(50),
                    percentile(99),
                    percentile(100),
                    recorded,
                    distinct,
                    lost,
                    twice,
                    jvmCpuMillis,
                    postgresCpuMillis,
                    gcMillis,
                    jitMillis);
        }
    }

    private static int count(JdbcClient jdbc, String sql, long item) {
        return jdbc.sql(sql).param(item).query(Integer.class).single();
    }

    /** The machine's 1-minute load average: other work on the same cores shows in the figures. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static double seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis() / 1000.0;
    }
}
