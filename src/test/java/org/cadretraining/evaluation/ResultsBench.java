package org.cadretraining.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.support.TestPrincipal;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The second measurement of issue 14, behind the benchmark server's {@code /results}: the results of a course over
 * 100,000 answers (5,000 responses of the benchmark's 20 questions, on a course of its own), computed by the results
 * service as the results page asks for them, first as the answers come and then once analysed.
 */
final class ResultsBench {

    private final ApplicationContext context;
    private final JdbcClient jdbc;

    ResultsBench(ApplicationContext context, JdbcClient jdbc) {
        this.context = context;
        this.jdbc = jdbc;
    }

    /** Seeds the course's questionnaire and answers, and gives "median p99 max" in milliseconds, fresh and analysed. */
    String measure(long courseId, long templateId, Instant now) {
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
        int answers = seedAnswers(jdbc, courseId, templateId, 5000);
        explainResults(jdbc, courseId);
        // first as the answers come, never vacuumed nor analysed; then as PostgreSQL's autovacuum leaves them
        // within about a minute of such a write (statistics that know the course, pages marked all-visible)
        ResultsReading reading = context.getBean(ResultsReading.class);
        String fresh = timeResults(reading, courseId);
        jdbc.sql("vacuum (analyze) evaluation_response, evaluation_answer").update();
        String settled = timeResults(reading, courseId);
        return answers + " answers: fresh " + fresh + "; after autovacuum's analyze " + settled;
    }

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

    /** Responses of 20 answers each, as the answering page would store them, written in one statement. */
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
                .param(
                        "kinds",
                        BenchQuestionnaire.KINDS.stream().map(Enum::name).toArray(String[]::new))
                .update();
    }
}
