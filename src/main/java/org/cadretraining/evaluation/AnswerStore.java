package org.cadretraining.evaluation;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a submission: first the mark that the trainee has answered (refused when it is there already), then the
 * response and its answers under random keys, with no person and no time. Called inside one transaction.
 */
@Repository
class AnswerStore {

    private final JdbcClient jdbc;

    AnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the cadre to the course's set of those who have answered, kept sorted; false when they were in it
     * already. The course's row is locked until the transaction ends, so a concurrent second submission waits and
     * then finds the cadre there.
     */
    boolean markAnswered(long courseId, long cadreId) {
        return jdbc.sql("""
                        update evaluation_answered
                        set cadre_ids = (select array_agg(c order by c) from unnest(array_append(cadre_ids, ?)) c)
                        where course_id = ? and not (? = any (cadre_ids))
                        """).params(cadreId, courseId, cadreId).update() == 1;
    }

    void writeResponse(long courseId, long templateId, List<AnswerValue> answers) {
        UUID response = UUID.randomUUID();
        jdbc.sql("insert into evaluation_response (id, course_id, template_id) values (?, ?, ?)")
                .params(response, courseId, templateId)
                .update();
        // the answers in one statement: a submission is one round trip to the database, not one per question
        int n = answers.size();
        UUID[] ids = new UUID[n];
        Integer[] positions = new Integer[n];
        Long[] items = new Long[n];
        Integer[] ratings = new Integer[n];
        String[] choices = new String[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            AnswerValue answer = answers.get(i);
            ids[i] = UUID.randomUUID();
            positions[i] = answer.position();
            items[i] = answer.itemId();
            ratings[i] = answer.rating();
            choices[i] = arrayLiteral(answer.choices());
            texts[i] = answer.text();
        }
        jdbc.sql("""
                        insert into evaluation_answer
                            (id, response_id, question_position, agenda_item_id, rating, choices, free_text)
                        select a.id, ?, a.position, a.item, a.rating, cast(a.choices as smallint[]), a.text
                        from unnest(?::uuid[], ?::int[], ?::bigint[], ?::int[], ?::text[], ?::text[])
                            as a(id, position, item, rating, choices, text)
                        """)
                .params(response, ids, positions, items, ratings, choices, texts)
                .update();
    }

    private static String arrayLiteral(List<Integer> choices) {
        if (choices == null) {
            return null;
        }
        return "{" + String.join(",", choices.stream().map(String::valueOf).toList()) + "}";
    }
}
