package org.cadretraining.evaluation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.cadretraining.Application;
import org.cadretraining.attendance.AttendanceFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server side of the evaluation benchmark ({@link EvaluationBenchmark} is the load client, in a process of its
 * own): the whole application on embedded PostgreSQL, a course in progress whose trainees each have an account, and
 * its open questionnaire of 20 questions about the course (ratings, satisfaction levels, single and multiple choice,
 * a text). It writes what the client needs into a properties file and answers the client on a loopback control port:
 * {@code /count} checks what is stored, {@code /reset} empties the answers between rounds, {@code /stats} gives this
 * JVM's CPU, GC and JIT time, and {@code /results} is where the computation of results over 100,000 answers is to
 * be timed. Run by {@code bench/evaluation/run.sh}, never by the build.
 */
public final class EvaluationBenchServer {

    private EvaluationBenchServer() {}

    public static void main(String[] args) throws Exception {
        Path fixtureFile = Path.of(args[0]);
        int trainees = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        // as in production: the test class path's config/application.properties turns the template cache off
        System.setProperty("spring.thymeleaf.cache", "true");
        System.setProperty("app.embedded-postgres.max-pool-size", "10");
        SpringApplication application = new SpringApplication(Application.class);
        application.setDefaultProperties(Map.of("server.port", "0", "logging.level.root", "WARN"));
        ConfigurableApplicationContext context = application.run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Clock clock = context.getBean(Clock.class);
        AttendanceFixture fixture = new AttendanceFixture(
                context.getBean(OrganisationDirectory.class), jdbc, context.getBean(EnrolmentSetup.class));

        long courseId = course(jdbc, fixture.unit, LocalDate.now(clock), trainees);
        for (int i = 0; i < trainees; i++) {
            account(jdbc, fixture.prefix + i, fixture.trainee(courseId, "学员" + i));
        }
        long templateId = context.getBean(TemplateStore.class)
                .insert(BenchQuestionnaire.template(), "benchmark", clock.instant());
        Instant now = clock.instant();
        context.getBean(QuestionnaireStore.class)
                .save(
                        new Questionnaire(
                                courseId,
                                templateId,
                                now.minus(Duration.ofHours(1)),
                                now.plus(Duration.ofDays(7)),
                                true,
                                List.of()),
                        "benchmark",
                        now);

        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        control.createContext("/count", exchange -> answer(exchange, 200, count(jdbc, courseId)));
        control.createContext("/reset", exchange -> {
            jdbc.sql("delete from evaluation_response where course_id = ?")
                    .param(courseId)
                    .update();
            jdbc.sql("update evaluation_answered set cadre_ids = '{}', pending = '[]' where course_id = ?")
                    .param(courseId)
                    .update();
            answer(exchange, 200, "reset");
        });
        control.createContext("/stats", exchange -> {
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()
                    / 1_000_000;
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                    .sum();
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            answer(exchange, 200, cpu + " " + gc + " " + jit);
        });
        // the second measurement of issue 14: results over 100,000 answers, on a course of its own (ResultsBench)
        ResultsBench results = new ResultsBench(context, jdbc);
        control.createContext(
                "/results",
                exchange -> answer(
                        exchange,
                        200,
                        results.measure(course(jdbc, fixture.unit, LocalDate.now(clock), 0), templateId, now)));
        control.start();

        Properties out = new Properties();
        out.setProperty("base", "http://127.0.0.1:" + port);
        out.setProperty("control", "http://127.0.0.1:" + control.getAddress().getPort());
        out.setProperty("course", Long.toString(courseId));
        out.setProperty("trainees", Integer.toString(trainees));
        out.setProperty("questions", Integer.toString(BenchQuestionnaire.KINDS.size()));
        out.setProperty("prefix", fixture.prefix);
        Path written = Files.createTempFile(fixtureFile.getParent(), "fixture", ".tmp");
        try (var writer = Files.newBufferedWriter(written)) {
            out.store(writer, "evaluation benchmark fixture");
        }
        Files.move(written, fixtureFile, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf(
                "Ready: %,d trainees, a questionnaire of %d questions.%n", trainees, BenchQuestionnaire.KINDS.size());
    }

    /**
     * "marks distinctMarks responses answers duplicates answersPerResponseMin answersPerResponseMax": the set of
     * those who answered, the responses and their answers, and answers stored twice for one question of a response.
     */
    private static String count(JdbcClient jdbc, long courseId) {
        return jdbc.sql("""
                        select (select coalesce(max(cardinality(cadre_ids)), 0) from evaluation_answered
                                 where course_id = :c)
                            || ' ' || (select count(distinct c) from evaluation_answered, unnest(cadre_ids) c
                                        where course_id = :c)
                            || ' ' || (select count(*) from evaluation_response_given where course_id = :c)
                            || ' ' || (select count(*) from evaluation_answer_given where course_id = :c)
                            || ' ' || (select count(*) from (select 1 from evaluation_answer_given
                                         where course_id = :c
                                         group by response_id, question_position, agenda_item_id
                                         having count(*) > 1) twice)
                            || ' ' || coalesce((select min(n) || ' ' || max(n) from (select count(*) n
                                         from evaluation_answer_given
                                         where course_id = :c group by response_id) per), '0 0')
                        """).param("c", courseId).query(String.class).single();
    }

    static long course(JdbcClient jdbc, long unit, LocalDate day, int trainees) {
        return jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values ('评估压力测试班', 'Evaluation burst', ?, ?, ?, ?, 18, 'PARTY_SPIRIT', 'IN_PROGRESS', ?,
                                'benchmark') returning id
                        """)
                .params(unit, day, day, trainees + 10, Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }

    /** An account with a {@code {noop}} password, so that 2,000 sign-ins take seconds instead of minutes of bcrypt. */
    private static void account(JdbcClient jdbc, String username, long cadreId) {
        long id = jdbc.sql("""
                        insert into account (username, password_hash, display_name, cadre_id, created_at)
                        values (?, '{noop}benchmark', ?, ?, now()) returning id
                        """)
                .params(username, username, cadreId)
                .query(Long.class)
                .single();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'CADRE')")
                .param(id)
                .update();
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
