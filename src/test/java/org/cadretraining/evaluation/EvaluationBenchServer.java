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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.cadretraining.Application;
import org.cadretraining.attendance.AttendanceFixture;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;
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

    /** The questions of the benchmark's template, by kind, 20 in all; every one is required, so each gives a row. */
    static final List<QuestionKind> KINDS = List.of(
            QuestionKind.SATISFACTION,
            QuestionKind.SATISFACTION,
            QuestionKind.SATISFACTION,
            QuestionKind.SATISFACTION,
            QuestionKind.SATISFACTION,
            QuestionKind.SATISFACTION,
            QuestionKind.RATING,
            QuestionKind.RATING,
            QuestionKind.RATING,
            QuestionKind.RATING,
            QuestionKind.RATING,
            QuestionKind.RATING,
            QuestionKind.RATING,
            QuestionKind.RATING,
            QuestionKind.SINGLE_CHOICE,
            QuestionKind.SINGLE_CHOICE,
            QuestionKind.SINGLE_CHOICE,
            QuestionKind.MULTIPLE_CHOICE,
            QuestionKind.MULTIPLE_CHOICE,
            QuestionKind.FREE_TEXT);

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
        long templateId = context.getBean(TemplateStore.class).insert(template(), "benchmark", clock.instant());
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
        // The second measurement of issue 14: the results of a course over 100,000 answers (5,000 responses of the
        // same 20 questions, on a course of its own), computed by the results service as the results page asks for
        // them; "median p99 max" in milliseconds over 30 computations after 10 warm-ups.
        ResultsReading reading = context.getBean(ResultsReading.class);
        control.createContext("/results", exchange -> {
            long resultsCourse = course(jdbc, fixture.unit, LocalDate.now(clock), 0);
            context.getBean(QuestionnaireStore.class)
                    .save(
                            new Questionnaire(
                                    resultsCourse,
                                    templateId,
                                    now.minus(Duration.ofHours(1)),
                                    now.plus(Duration.ofDays(7)),
                                    true,
                                    List.of()),
                            "benchmark",
                            now);
            int answers = seedAnswers(jdbc, resultsCourse, templateId, 5000);
            explainResults(jdbc, resultsCourse);
            // first as the answers come, never vacuumed nor analysed; then as PostgreSQL's autovacuum leaves them
            // within about a minute of such a write (statistics that know the course, pages marked all-visible)
            String fresh = timeResults(reading, resultsCourse);
            jdbc.sql("vacuum (analyze) evaluation_response, evaluation_answer").update();
            String settled = timeResults(reading, resultsCourse);
            answer(exchange, 200, answers + " answers: fresh " + fresh + "; after autovacuum's analyze " + settled);
        });
        control.start();

        Properties out = new Properties();
        out.setProperty("base", "http://127.0.0.1:" + port);
        out.setProperty("control", "http://127.0.0.1:" + control.getAddress().getPort());
        out.setProperty("course", Long.toString(courseId));
        out.setProperty("trainees", Integer.toString(trainees));
        out.setProperty("questions", Integer.toString(KINDS.size()));
        out.setProperty("prefix", fixture.prefix);
        Path written = Files.createTempFile(fixtureFile.getParent(), "fixture", ".tmp");
        try (var writer = Files.newBufferedWriter(written)) {
            out.store(writer, "evaluation benchmark fixture");
        }
        Files.move(written, fixtureFile, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Ready: %,d trainees, a questionnaire of %d questions.%n", trainees, KINDS.size());
    }

    private static Template template() {
        List<Question> questions = new ArrayList<>();
        List<LocalizedText> options = List.of(
                new LocalizedText("理论素养", "Theory"),
                new LocalizedText("党性修养", "Party spirit"),
                new LocalizedText("履职能力", "Ability"),
                new LocalizedText("知识视野", "Knowledge"));
        for (int i = 0; i < KINDS.size(); i++) {
            QuestionKind kind = KINDS.get(i);
            questions.add(new Question(
                    i,
                    QuestionScope.COURSE,
                    kind,
                    new LocalizedText("第 " + (i + 1) + " 题", "Question " + (i + 1)),
                    kind.choice() ? options : List.of(),
                    true));
        }
        return new Template(null, new LocalizedText("压力测试问卷", "Benchmark questionnaire"), false, null, questions);
    }

    /** Responses of 20 answers each, as the answering page would store them, written in one statement. */
    /** "median p99 max" of 30 computations of the course's results after 10 warm-ups, in milliseconds. */
    private static String timeResults(ResultsReading reading, long courseId) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long began = System.nanoTime();
            reading.of(courseId, TestPrincipal.organiser());
            if (i >= 10) {
                millis.add((System.nanoTime() - began) / 1e6);
            }
        }
        millis.sort(Double::compare);
        return String.format(
                java.util.Locale.ROOT,
                "median %.1f ms, p99 %.1f ms, max %.1f ms (30 computations)",
                millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.99) - 1),
                millis.getLast());
    }

    /**
     * With {@code -Dbench.explain=FILE}: the plans of the results' statements over the seeded course, as PostgreSQL
     * ran them, written to the file; to see where the results' time goes.
     */
    private static void explainResults(JdbcClient jdbc, long courseId) {
        String file = System.getProperty("bench.explain");
        if (file == null) {
            return;
        }
        List<String> statements = List.of(
                "select count(*) from evaluation_response_given where course_id = " + courseId,
                ResultsStore.COUNTED.replace("?", Long.toString(courseId)));
        StringBuilder plans = new StringBuilder();
        for (String statement : statements) {
            plans.append(statement).append('\n');
            jdbc.sql("explain (analyze, buffers) " + statement)
                    .query(String.class)
                    .list()
                    .forEach(line -> plans.append(line).append('\n'));
            plans.append('\n');
        }
        try {
            Files.writeString(Path.of(file), plans);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int seedAnswers(JdbcClient jdbc, long courseId, long templateId, int responses) {
        return jdbc.sql("""
                        with r as (
                            insert into evaluation_response (id, course_id, template_id)
                            select gen_random_uuid(), :course, :template from generate_series(1, :responses)
                            returning id)
                        insert into evaluation_answer
                            (id, course_id, response_id, question_position, agenda_item_id, rating, choices,
                             free_text)
                        select gen_random_uuid(), :course, r.id, q.position - 1, null,
                               case when q.kind in ('RATING', 'SATISFACTION') then 1 + floor(random() * 5)::int end,
                               case when q.kind = 'SINGLE_CHOICE' then array[floor(random() * 4)::smallint]
                                    when q.kind = 'MULTIPLE_CHOICE'
                                        then array[0::smallint, (1 + floor(random() * 3))::smallint] end,
                               case when q.kind = 'FREE_TEXT' then '意见 ' || floor(random() * 500)::int end
                        from r cross join unnest(cast(:kinds as text[])) with ordinality as q(kind, position)
                        """)
                .param("course", courseId)
                .param("template", templateId)
                .param("responses", responses)
                .param("kinds", KINDS.stream().map(Enum::name).toArray(String[]::new))
                .update();
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

    private static long course(JdbcClient jdbc, long unit, LocalDate day, int trainees) {
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
