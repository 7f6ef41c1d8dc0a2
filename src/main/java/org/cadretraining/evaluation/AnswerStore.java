package org.cadretraining.evaluation;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a submission in one statement: the trainee joins the course's set of those who have answered (refused when
 * they are in it already), and their response, under a random key and with no person and no time, joins the pool in
 * the same row. Rows of its own would carry the submission's transaction number (xmin) and its place on disk, which
 * date it; the pool's row carries the newest transaction for every answer in it. When the pool holds twice the
 * results threshold, a random half moves to the answer tables in one go. Called inside one transaction.
 */
@Repository
class AnswerStore {

    private final JdbcClient jdbc;
    private final EvaluationSettings settings;

    AnswerStore(JdbcClient jdbc, EvaluationSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Marks the cadre as having answered and pools their response; false, with nothing written, when they were marked
     * already. The course's row is locked until the transaction ends, so a concurrent second submission waits and
     * then finds the cadre there.
     */
    boolean submit(long courseId, long cadreId, long templateId, List<AnswerValue> answers) {
        int n = answers.size();
        Integer[] positions = new Integer[n];
        Long[] items = new Long[n];
        Integer[] ratings = new Integer[n];
        String[] choices = new String[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            AnswerValue answer = answers.get(i);
            positions[i] = answer.position();
            items[i] = answer.itemId();
            ratings[i] = answer.rating();
            choices[i] = arrayLiteral(answer.choices());
            texts[i] = answer.text();
        }
        // the pool is kept sorted by the responses' random keys: its order says nothing of who came before whom
        Integer pooled = jdbc.sql("""
                        with response as (
                            select jsonb_build_object('id', cast(:id as uuid), 'template', cast(:template as bigint),
                                'answers', coalesce(jsonb_agg(jsonb_build_object('position', a.position,
                                    'item', a.item, 'rating', a.rating, 'choices', cast(a.choices as int[]),
                                    'text', a.text)), '[]')) as entry
                            from unnest(cast(:positions as int[]), cast(:items as bigint[]), cast(:ratings as int[]),
                                        cast(:choices as text[]), cast(:texts as text[]))
                                as a (position, item, rating, choices, text))
                        update evaluation_answered w
                        set cadre_ids = (select array_agg(c order by c) from unnest(array_append(w.cadre_ids,
                                             cast(:cadre as bigint))) c),
                            pending = (select jsonb_agg(p order by p ->> 'id')
                                       from jsonb_array_elements(w.pending || (select jsonb_build_array(entry)
                                                                               from response)) p)
                        where w.course_id = :course and not (cast(:cadre as bigint) = any (w.cadre_ids))
                        returning jsonb_array_length(w.pending)
                        """)
                .param("id", UUID.randomUUID())
                .param("template", templateId)
                .param("positions", positions)
                .param("items", items)
                .param("ratings", ratings)
                .param("choices", choices)
                .param("texts", texts)
                .param("cadre", cadreId)
                .param("course", courseId)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (pooled == null) {
            return false;
        }
        if (pooled >= 2 * settings.minAnswers()) {
            moveFromPool(courseId, settings.minAnswers());
        }
        return true;
    }

    /**
     * Moves the first {@code count} responses of the pool (the pool is sorted by random key, so a random choice) to
     * the answer tables, written in the order of random keys, and leaves the rest in the pool.
     */
    void moveFromPool(long courseId, int count) {
        String pool = """
                from evaluation_answered w, jsonb_array_elements(w.pending) with ordinality as e (entry, n)
                where w.course_id = :course and e.n <= :count
                """;
        jdbc.sql("insert into evaluation_response (id, course_id, template_id)"
                        + " select cast(e.entry ->> 'id' as uuid), w.course_id, cast(e.entry ->> 'template' as bigint) "
                        + pool
                        + " order by 1")
                .param("course", courseId)
                .param("count", count)
                .update();
        jdbc.sql("insert into evaluation_answer"
                        + " (id, course_id, response_id, question_position, agenda_item_id, rating, choices, free_text)"
                        + " select gen_random_uuid(), w.course_id, cast(e.entry ->> 'id' as uuid), x.position, x.item,"
                        + " x.rating,"
                        + " x.choices, x.text "
                        + pool.replace(
                                "with ordinality as e (entry, n)",
                                "with ordinality as e (entry, n), jsonb_to_recordset(e.entry -> 'answers') as x"
                                        + " (position int, item bigint, rating smallint, choices smallint[],"
                                        + " text varchar)")
                        + " order by 1")
                .param("course", courseId)
                .param("count", count)
                .update();
        jdbc.sql("""
                        update evaluation_answered w
                        set pending = (select coalesce(jsonb_agg(e.entry order by e.n), '[]')
                                       from jsonb_array_elements(w.pending) with ordinality as e (entry, n)
                                       where e.n > :count)
                        where w.course_id = :course
                        """).param("course", courseId).param("count", count).update();
    }

    /**
     * At closing: moves the whole pool to the tables, then writes every response of the course and its answers again
     * under new random keys, in their order, in this one transaction, so that neither their place on disk nor the
     * transaction that wrote them tells one response from another.
     */
    void shuffleAtClosing(long courseId) {
        moveFromPool(courseId, Integer.MAX_VALUE);
        jdbc.sql("create temporary table evaluation_rekeyed (old_id uuid primary key, new_id uuid not null)"
                        + " on commit drop")
                .update();
        jdbc.sql("""
                        insert into evaluation_rekeyed (old_id, new_id)
                        select id, gen_random_uuid() from evaluation_response where course_id = ?
                        """).param(courseId).update();
        jdbc.sql("""
                        insert into evaluation_response (id, course_id, template_id)
                        select k.new_id, r.course_id, r.template_id
                        from evaluation_response r join evaluation_rekeyed k on k.old_id = r.id
                        order by k.new_id
                        """).update();
        jdbc.sql("""
                        insert into evaluation_answer
                            (id, course_id, response_id, question_position, agenda_item_id, rating, choices,
                             free_text)
                        select gen_random_uuid(), a.course_id, k.new_id, a.question_position, a.agenda_item_id,
                               a.rating, a.choices, a.free_text
                        from evaluation_answer a join evaluation_rekeyed k on k.old_id = a.response_id
                        order by 1
                        """).update();
        jdbc.sql("delete from evaluation_response where id in (select old_id from evaluation_rekeyed)")
                .update();
        jdbc.sql("drop table evaluation_rekeyed").update();
    }

    private static String arrayLiteral(List<Integer> choices) {
        if (choices == null) {
            return null;
        }
        return "{" + String.join(",", choices.stream().map(String::valueOf).toList()) + "}";
    }
}
