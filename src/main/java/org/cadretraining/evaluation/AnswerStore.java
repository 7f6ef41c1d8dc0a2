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
        for (AnswerValue answer : answers) {
            jdbc.sql("""
                            insert into evaluation_answer
                                (id, response_id, question_position, agenda_item_id, rating, choices, free_text)
                            values (?, ?, ?, ?, ?, cast(? as smallint[]), ?)
                            """)
                    .params(
                            UUID.randomUUID(),
                            response,
                            answer.position(),
                            answer.itemId(),
                            answer.rating(),
                            arrayLiteral(answer.choices()),
                            answer.text())
                    .update();
        }
    }

    private static String arrayLiteral(List<Integer> choices) {
        if (choices == null) {
            return null;
        }
        return "{" + String.join(",", choices.stream().map(String::valueOf).toList()) + "}";
    }
}
