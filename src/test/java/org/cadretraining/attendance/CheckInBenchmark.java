package org.cadretraining.attendance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
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

/**
 * The load client of the check-in benchmark, in a process of its own ({@link CheckInBenchServer} runs the
 * application): 2,000 trainees check in to one agenda item over HTTP. Three paths are measured, each after warm-up
 * rounds of the same size on other items that go on until the server's JIT compiler is done with the path (as in a
 * server that has run for a while):
 *
 * <ul>
 *   <li>phones, closed loop: 200 clients, each taking the next trainee as soon as its last answer came; every trainee
 *       has their own signed-in session and opens {@code GET /check-in?code=} with the code the screen shows at
 *       that moment, as after scanning it;
 *   <li>phones, open loop: trainees arrive at a fixed rate (500 a second: 2,000 within 4 s) whatever the server's
 *       answers, each on its own connection, and each latency is measured from the moment the trainee arrived, so
 *       that a slow server cannot hide its queue by slowing the load (no coordinated omission);
 *   <li>staff devices: 200 devices, each with its own token, send single-scan batches to
 *       {@code POST /api/v1/attendance/courses/{id}/scans}, and then queues of 10 scans as after a time offline.
 * </ul>
 *
 * Each round starts once the server has judged the trainees of the round before (real bursts come an agenda item
 * apart), and that wait is printed beside it. Sign-in is set up before the clock starts and is not measured. Prints throughput, p50, p99 and max latency, the
 * CPU the server's JVM and PostgreSQL used and the server's time in GC and JIT, and checks that exactly 2,000
 * check-ins were recorded per item, none lost and none twice. Run by {@code bench/checkin/run.sh}, never by the build
 * (the class name matches no test pattern).
 */
public final class CheckInBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Warm-up rounds for a path stop once two in a row spend under a tenth of their time compiling, or at this. */
    private static final int MOST_WARM_UP_ROUNDS = Integer.getInteger("bench.most-warm-ups", 20);
    /** The measured single-scan round is run this often, so that the figures show how much they vary. */
    private static final int MEASURED_RUNS = 3;
    /** The paths to run (all by default): phones, arrivals, devices, syncing; for profiling one of them. */
    private static final List<String> PATHS = List.of(
            System.getProperty("bench.paths", "phones,arrivals,devices,syncing").split(","));
    /** Trainees arriving per second in the open-loop round. */
    private static final int ARRIVALS_PER_SECOND = 500;

    private static Control control;
    private static Iterator<Long> items;

    private CheckInBenchmark() {}

    public static void main(String[] args) throws Exception {
        Properties fixture = new Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(args[0]))) {
            fixture.load(reader);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String base = fixture.getProperty("base");
        control = new Control(fixture.getProperty("control"));
        long courseId = Long.parseLong(fixture.getProperty("course"));
        items = ids(fixture.getProperty("items")).iterator();
        List<Long> cadres = ids(fixture.getProperty("cadres"));
        List<String> staff = List.of(fixture.getProperty("tokens").split(","));
        int trainees = cadres.size();

        long started = System.nanoTime();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<String> phones = signIn(http, base, fixture.getProperty("prefix"), trainees, clients);
        System.out.printf(
                "Signed in %,d phones in %.1f s; %,d staff devices hold tokens.%n%n",
                phones.size(), seconds(started), staff.size());

        String loadBefore = loadAverage();
        List<Result> results = new ArrayList<>();
        if (PATHS.contains("phones")) {
            results.addAll(warmUp("phones", round -> phones(base, items.next(), phones, clients, round)));
            results.add(phones(base, items.next(), phones, clients, "**phones, closed loop (GET /check-in?code=)**"));
        }
        if (PATHS.contains("arrivals")) {
            results.addAll(warmUp("phones arriving", round -> arrivals(base, items.next(), phones, round)));
            results.add(arrivals(
                    base,
                    items.next(),
                    phones,
                    "**phones, open loop: " + ARRIVALS_PER_SECOND + " arrivals a second (latency from arrival)**"));
        }
        if (PATHS.contains("devices")) {
            results.addAll(
                    warmUp("staff devices", round -> devices(base, courseId, items.next(), cadres, staff, 1, round)));
            for (int run = 1; run <= MEASURED_RUNS; run++) {
                results.add(devices(
                        base,
                        courseId,
                        items.next(),
                        cadres,
                        staff,
                        1,
                        "**staff devices (POST /api/v1/.../scans with a device token, 1 scan each), run " + run
                                + "**"));
            }
        }
        if (PATHS.contains("syncing")) {
            results.addAll(warmUp(
                    "staff devices syncing", round -> devices(base, courseId, items.next(), cadres, staff, 10, round)));
            results.add(devices(
                    base,
                    courseId,
                    items.next(),
                    cadres,
                    staff,
                    10,
                    "**staff devices syncing a queue (10 scans each)**"));
        }
        report(results, trainees, clients, loadBefore);
    }

    private static void report(List<Result> results, int trainees, int clients, String loadBefore) {
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
                        + " | server JVM CPU ms | PostgreSQL CPU ms | load client CPU ms | GC ms | JIT ms | judging before ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        boolean allGood = true;
        for (Result r : results) {
            int[] counted = control.count(r.item());
            int recorded = counted[0];
            int distinct = counted[1];
            int lost = trainees - distinct;
            int twice = recorded - distinct;
            allGood &= recorded == trainees && lost == 0 && twice == 0 && r.failures() == 0;
            System.out.println(r.markdown(recorded, distinct, lost, twice));
        }
        System.out.println(
                allGood
                        ? "OK: exactly " + trainees + " check-ins per item, none lost, none twice."
                        : "FAILED: see the table (failures: "
                                + results.stream().mapToInt(Result::failures).sum() + ")");
        System.exit(allGood ? 0 : 1);
    }

    private static List<Long> ids(String list) {
        return java.util.Arrays.stream(list.split(",")).map(Long::valueOf).toList();
    }

    /** The server's control port: an item's current rotating code, its check-in counts, the server's CPU so far. */
    record Control(String base) {

        private static final HttpClient CLIENT = HttpClient.newHttpClient();

        String get(String path) {
            try {
                return CLIENT.send(
                                HttpRequest.newBuilder(URI.create(base + path)).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
            } catch (Exception e) {
                throw new IllegalStateException("The benchmark server did not answer " + path, e);
            }
        }

        String code(long item) {
            return get("/code?" + item);
        }

        int[] count(long item) {
            String[] parts = get("/count?" + item).split(" ");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        }

        /**
         * Waits until the completion keeper has judged every trainee the last round left waiting, and says how long
         * that took: a round starts as the next item's burst would, an item after the last one, not while the server
         * still judges the burst before (which is counted here instead).
         */
        long settle() {
            return Long.parseLong(get("/settle"));
        }

        private static final boolean TABLES = Boolean.getBoolean("bench.tables");
        private static volatile java.util.Map<String, long[]> tablesBefore = java.util.Map.of();

        /** With {@code -Dbench.tables=true}: what each table was read so far, to compare after the round. */
        void markTables() {
            if (TABLES) {
                tablesBefore = tables();
            }
        }

        /** The tables a round read sequentially, row by row: a plan gone wrong shows here. */
        void printTableReads(String round) {
            if (!TABLES) {
                return;
            }
            tables().forEach((table, now) -> {
                long[] was = tablesBefore.getOrDefault(table, new long[now.length]);
                if (now[1] - was[1] > 20_000) {
                    System.out.printf(
                            "  %s: %s read sequentially %,d times, %,d rows; by index %,d times%n",
                            round, table, now[0] - was[0], now[1] - was[1], now[2] - was[2]);
                }
            });
        }

        private java.util.Map<String, long[]> tables() {
            java.util.Map<String, long[]> read = new java.util.HashMap<>();
            for (String line : get("/tables").split("\n")) {
                String[] parts = line.split(" ");
                read.put(
                        parts[0],
                        new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])});
            }
            return read;
        }

        /** {server JVM CPU ticks, PostgreSQL CPU ticks, GC ms, JIT ms} so far. */
        long[] stats() {
            return java.util.Arrays.stream(get("/stats").split(" "))
                    .mapToLong(Long::parseLong)
                    .toArray();
        }
    }

    /** The code the screen shows for the item, read again every 10 s (a code lasts 20 to 40 s). */
    static final class ScreenCode {
        private final long item;
        private volatile String code;
        private volatile long readAt;

        ScreenCode(long item) {
            this.item = item;
            refresh();
        }

        private void refresh() {
            code = control.code(item);
            readAt = System.nanoTime();
        }

        String now() {
            if (System.nanoTime() - readAt > 10_000_000_000L) {
                synchronized (this) {
                    if (System.nanoTime() - readAt > 10_000_000_000L) {
                        refresh();
                    }
                }
            }
            return code;
        }
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
        // the page's CSRF token comes in a cookie of its own, not in a session
        String pageCookies = form.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';')))
                .collect(java.util.stream.Collectors.joining("; "));
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Cookie", pageCookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=benchmark&_csrf=" + token.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + location);
        }
        return cookie(login, null);
    }

    private static String cookie(HttpResponse<?> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
                .findFirst()
                .orElse(otherwise);
    }

    private static Result phones(String base, long itemId, List<String> sessions, int clients, String name)
            throws Exception {
        ScreenCode screen = new ScreenCode(itemId);
        return burst(name, itemId, sessions.size(), 1, clients, index -> phone(base, screen, sessions.get(index)));
    }

    /** A phone that scanned the screen's code opens the check-in link with its session; true when recorded. */
    private static boolean phone(String base, ScreenCode screen, String session) throws IOException {
        HttpGet request = new HttpGet(base + "/check-in?code=" + screen.now());
        request.setHeader("Cookie", "SESSION=" + session);
        return LOAD.execute(
                request,
                response -> response.getCode() == 200
                        && EntityUtils.toString(response.getEntity()).contains("data-outcome=\"RECORDED\""));
    }

    /**
     * Trainees arrive at {@link #ARRIVALS_PER_SECOND}, each opening the link at their moment whatever happened to
     * those before; a latency runs from the moment of arrival, so a queue in the server shows in full.
     */
    private static Result arrivals(String base, long itemId, List<String> sessions, String name) throws Exception {
        ScreenCode screen = new ScreenCode(itemId);
        int total = sessions.size();
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long judgedBefore = control.settle();
        long[] before = control.stats();
        long clientCpuBefore = clientCpuNanos();
        control.markTables();
        long began = System.nanoTime() + 50_000_000L;
        long gap = 1_000_000_000L / ARRIVALS_PER_SECOND;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long arrival = began + i * gap;
                String session = sessions.get(i);
                pool.submit(() -> {
                    long wait = arrival - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    boolean ok;
                    try {
                        ok = phone(base, screen, session);
                    } catch (Exception e) {
                        ok = false;
                    }
                    latencies.add(System.nanoTime() - arrival);
                    if (!ok) {
                        failures.incrementAndGet();
                    }
                });
            }
        }
        return result(name, itemId, 1, began, latencies, failures, before, clientCpuBefore, judgedBefore);
    }

    private static Result devices(
            String base, long courseId, long itemId, List<Long> cadres, List<String> staff, int perRequest, String name)
            throws Exception {
        URI uri = URI.create(base + "/api/v1/attendance/courses/" + courseId + "/scans");
        int requests = (cadres.size() + perRequest - 1) / perRequest;
        // made before the clock starts, as a device makes a scan's id when it scans: the shared SecureRandom of 200
        // client threads would otherwise be timed as the server's
        List<UUID> scanIds = java.util.stream.Stream.generate(UUID::randomUUID)
                .limit(cadres.size())
                .toList();
        return burst(name, itemId, requests, perRequest, staff.size(), index -> {
            String token = staff.get(index % staff.size());
            StringBuilder scans = new StringBuilder();
            for (int i = index * perRequest; i < Math.min(cadres.size(), (index + 1) * perRequest); i++) {
                scans.append(scans.isEmpty() ? "" : ",")
                        .append("""
                                {"scanId":"%s","itemId":%d,"cadreId":%d,"direction":"IN","method":"STAFF_TAP",\
                                "at":"%s"}""".formatted(scanIds.get(i), itemId, cadres.get(i), Instant.now()));
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
        long judgedBefore = control.settle();
        long[] before = control.stats();
        long clientCpuBefore = clientCpuNanos();
        control.markTables();
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
        return result(name, item, perRequest, began, latencies, failures, before, clientCpuBefore, judgedBefore);
    }

    private static Result result(
            String name,
            long item,
            int perRequest,
            long began,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicInteger failures,
            long[] before,
            long clientCpuBefore,
            long judgedBefore) {
        double seconds = seconds(began);
        long clientCpuMillis = (clientCpuNanos() - clientCpuBefore) / 1_000_000;
        control.printTableReads(name);
        long[] after = control.stats();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(
                name,
                item,
                sorted.length,
                perRequest,
                seconds,
                sorted,
                failures.get(),
                CpuTicks.millis(after[0] - before[0]),
                CpuTicks.millis(after[1] - before[1]),
                clientCpuMillis,
                after[2] - before[2],
                after[3] - before[3],
                judgedBefore);
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
            long clientCpuMillis,
            long gcMillis,
            long jitMillis,
            long judgedBeforeMillis) {

        double percentile(double p) {
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        String markdown(int recorded, int distinct, int lost, int twice) {
            return String.format(
                    "| %s | %,d | %.2f | %,.0f | %.1f | %.1f | %.1f | %,d | %,d | %d | %d | %,d | %,d | %,d | %,d | %,d | %,d |",
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
                    clientCpuMillis,
                    gcMillis,
                    jitMillis,
                    judgedBeforeMillis);
        }
    }

    /**
     * The load client's own CPU: it shares the cores with the server it measures, so what it spends is taken from the
     * server's share.
     */
    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
