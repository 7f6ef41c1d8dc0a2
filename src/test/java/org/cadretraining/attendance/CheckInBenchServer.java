package org.cadretraining.attendance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.cadretraining.Application;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server side of the check-in benchmark ({@link CheckInBenchmark} is the load client, in a process of its own):
 * the whole application on embedded PostgreSQL, with a course in progress, enough agenda items for every round, the
 * trainees enrolled with one account each and the organiser accounts of the staff devices. It writes what the client
 * needs into a properties file and answers the client on a small control port on the loopback: the current rotating
 * code of an item (what the screen shows), how many check-ins an item holds, and this JVM's and PostgreSQL's CPU,
 * GC and JIT time so far. Run by {@code bench/checkin/run.sh}, never by the build.
 */
public final class CheckInBenchServer {

    /** Items for the warm-up and measured rounds of every path: the client takes the next one for each round. */
    private static final int ITEMS = 120;

    private CheckInBenchServer() {}

    public static void main(String[] args) throws Exception {
        Path fixtureFile = Path.of(args[0]);
        int trainees = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int staffDevices = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        // as in production: the test class path's config/application.properties turns the template cache off and
        // enlarges the pool, and system properties are the ones that outrank it
        System.setProperty("spring.thymeleaf.cache", "true");
        System.setProperty("app.embedded-postgres.max-pool-size", "10");
        SpringApplication application = new SpringApplication(Application.class);
        application.setDefaultProperties(Map.of(
                "server.port", "0",
                "app.attendance.code-secret", "benchmark secret " + UUID.randomUUID(),
                "logging.level.root", "WARN"));
        ConfigurableApplicationContext context = application.run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        CheckInCodes codes = context.getBean(CheckInCodes.class);
        Clock clock = context.getBean(Clock.class);
        AttendanceFixture fixture = new AttendanceFixture(
                context.getBean(OrganisationDirectory.class), jdbc, context.getBean(EnrolmentSetup.class));

        LocalDate today = LocalDate.now(clock);
        long courseId = course(jdbc, fixture.unit, today, trainees);
        // every item runs now, so that each check-in falls inside its item's window
        LocalTime now = LocalTime.now(clock);
        LocalTime from = now.isBefore(LocalTime.of(1, 0)) ? LocalTime.MIDNIGHT : now.minusHours(1);
        LocalTime to = now.isAfter(LocalTime.of(20, 58)) ? LocalTime.of(23, 59) : now.plusHours(3);
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(fixture.item(courseId, today, from.toString(), to.toString(), "LECTURE"));
        }
        List<Long> cadres = new ArrayList<>();
        for (int i = 0; i < trainees; i++) {
            cadres.add(fixture.trainee(courseId, "学员" + i));
        }
        for (int i = 0; i < trainees; i++) {
            account(jdbc, fixture.prefix + i, cadres.get(i), "CADRE");
        }
        // each staff device holds the token of its own grant, as an organiser's device page gets it
        org.cadretraining.account.Accounts accounts = context.getBean(org.cadretraining.account.Accounts.class);
        DeviceGrants grants = context.getBean(DeviceGrants.class);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < staffDevices; i++) {
            long organiser = account(jdbc, fixture.prefix + "staff" + i, null, "ORGANISER");
            tokens.add(grants.issue(courseId, accounts.standing(organiser).orElseThrow())
                    .token());
        }

        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        control.createContext(
                "/code", exchange -> answer(exchange, codes.rotatingCode(Long.parseLong(query(exchange)))));
        control.createContext("/count", exchange -> {
            long item = Long.parseLong(query(exchange));
            int recorded = count(jdbc, "select count(*) from attendance_check where agenda_item_id = ?", item);
            int distinct =
                    count(jdbc, "select count(distinct cadre_id) from attendance_check where agenda_item_id = ?", item);
            answer(exchange, recorded + " " + distinct);
        });
        // until the completion keeper has judged everyone waiting (a taken row counts until the keeper commits)
        control.createContext("/settle", exchange -> {
            long began = System.nanoTime();
            while (jdbc.sql("select (select count(*) from completion_waiting)"
                                    + " + (select count(*) from completion_course_waiting)")
                            .query(Long.class)
                            .single()
                    > 0) {
                sleep(10);
            }
            answer(exchange, Long.toString((System.nanoTime() - began) / 1_000_000));
        });
        control.createContext("/stats", exchange -> {
            long[] sofar = CpuTicks.now();
            answer(exchange, sofar[0] + " " + sofar[1] + " " + sofar[2] + " " + sofar[3]);
        });
        // what PostgreSQL did so far, per table: to see what a path reads and writes per check-in
        control.createContext(
                "/tables",
                exchange -> answer(
                        exchange,
                        String.join("\n", jdbc.sql("""
                        select relname || ' ' || seq_scan || ' ' || seq_tup_read || ' ' || coalesce(idx_scan, 0)
                               || ' ' || coalesce(idx_tup_fetch, 0) || ' ' || n_tup_ins || ' ' || n_tup_upd
                               || ' ' || n_tup_del
                          from pg_stat_user_tables order by relname
                        """).query(String.class).list())));
        control.createContext(
                "/db",
                exchange -> answer(exchange, jdbc.sql("""
                        select xact_commit || ' ' || tup_returned || ' ' || tup_fetched || ' ' || tup_inserted
                               || ' ' || tup_updated || ' ' || tup_deleted || ' ' || blks_hit
                          from pg_stat_database where datname = current_database()
                        """).query(String.class).single()));
        control.start();
        watchSlowStatements(jdbc);

        Properties out = new Properties();
        out.setProperty("base", "http://127.0.0.1:" + port);
        out.setProperty("control", "http://127.0.0.1:" + control.getAddress().getPort());
        out.setProperty("course", Long.toString(courseId));
        out.setProperty("items", join(items));
        out.setProperty("cadres", join(cadres));
        out.setProperty("prefix", fixture.prefix);
        out.setProperty("tokens", String.join(",", tokens));
        Path written = Files.createTempFile(fixtureFile.getParent(), "fixture", ".tmp");
        try (var writer = Files.newBufferedWriter(written)) {
            out.store(writer, "check-in benchmark fixture");
        }
        Files.move(written, fixtureFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Ready: %,d trainees, %,d staff devices, %d items.%n", trainees, staffDevices, ITEMS);
    }

    /**
     * With {@code -Dbench.slow-statements=FILE}: every statement seen running longer than 50 ms (polled every 25 ms),
     * written to the file once per statement text, with the longest time seen; to find what a slow round waited for.
     */
    private static void watchSlowStatements(JdbcClient jdbc) {
        String file = System.getProperty("bench.slow-statements");
        if (file == null) {
            return;
        }
        Map<String, Long> longest = new java.util.concurrent.ConcurrentHashMap<>();
        Thread.ofPlatform().daemon(true).start(() -> {
            while (true) {
                jdbc.sql("""
                                select backend_type || ' ' || coalesce(wait_event_type, '-') || ' '
                                       || coalesce(wait_event, '-') || ' :: ' || left(query, 400) as what,
                                       extract(epoch from clock_timestamp() - query_start) * 1000 as millis
                                  from pg_stat_activity
                                 where state = 'active' and pid <> pg_backend_pid()
                                   and clock_timestamp() - query_start > interval '50 milliseconds'
                                """)
                        .query((row, n) -> Map.entry(row.getString(1), (long) row.getDouble(2)))
                        .list()
                        .forEach(seen -> longest.merge(seen.getKey(), seen.getValue(), Math::max));
                StringBuilder text = new StringBuilder();
                longest.forEach((what, millis) ->
                        text.append(millis).append(" ms ").append(what).append('\n'));
                try {
                    Files.writeString(Path.of(file), text);
                } catch (IOException e) {
                    return;
                }
                sleep(25);
            }
        });
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

    /** An account with a {@code {noop}} password, so that 2,000 sign-ins take seconds instead of minutes of bcrypt. */
    private static long account(JdbcClient jdbc, String username, Long cadreId, String role) {
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
        return id;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int count(JdbcClient jdbc, String sql, long item) {
        return jdbc.sql(sql).param(item).query(Integer.class).single();
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static String query(HttpExchange exchange) {
        return exchange.getRequestURI().getQuery();
    }

    private static void answer(HttpExchange exchange, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
