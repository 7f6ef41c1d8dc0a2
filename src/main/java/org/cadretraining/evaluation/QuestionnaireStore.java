package org.cadretraining.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps each course's questionnaire and the record of who has answered it (never the answers themselves). */
@Repository
class QuestionnaireStore {

    private final JdbcClient jdbc;

    QuestionnaireStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Questionnaire> find(long courseId) {
        List<Long> items = jdbc.sql(
                        "select agenda_item_id from course_questionnaire_item where course_id = ? order by agenda_item_id")
                .param(courseId)
                .query(Long.class)
                .list();
        return jdbc.sql("""
                        select template_id, opens_at, closes_at, required_for_completion
                        from course_questionnaire where course_id = ?
                        """)
                .param(courseId)
                .query((rs, n) -> new Questionnaire(
                        courseId,
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(),
                        rs.getBoolean(4),
                        items))
                .optional();
    }

    void save(Questionnaire q, String by, Instant at) {
        jdbc.sql("""
                        insert into course_questionnaire
                            (course_id, template_id, opens_at, closes_at, required_for_completion, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (course_id) do update set template_id = excluded.template_id,
                            opens_at = excluded.opens_at, closes_at = excluded.closes_at,
                            required_for_completion = excluded.required_for_completion,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .params(
                        q.courseId(),
                        q.templateId(),
                        Timestamp.from(q.opensAt()),
                        Timestamp.from(q.closesAt()),
                        q.requiredForCompletion(),
                        Timestamp.from(at),
                        by)
                .update();
        jdbc.sql("insert into evaluation_answered (course_id) values (?) on conflict do nothing")
                .param(q.courseId())
                .update();
        jdbc.sql("delete from course_questionnaire_item where course_id = ?")
                .param(q.courseId())
                .update();
        for (long itemId : q.itemIds()) {
            jdbc.sql("insert into course_questionnaire_item (course_id, agenda_item_id) values (?, ?)")
                    .params(q.courseId(), itemId)
                    .update();
        }
    }

    /** Locks the course's questionnaire row, so that settings and closing are changed one at a time. */
    void lock(long courseId) {
        jdbc.sql("select course_id from course_questionnaire where course_id = ? for update")
                .param(courseId)
                .query(Long.class)
                .optional();
    }

    int answeredCount(long courseId) {
        return jdbc.sql("select coalesce(max(cardinality(cadre_ids)), 0) from evaluation_answered where course_id = ?")
                .param(courseId)
                .query(Integer.class)
                .single();
    }

    boolean hasAnswered(long courseId, long cadreId) {
        return jdbc.sql("select exists (select 1 from evaluation_answered where course_id = ? and ? = any (cadre_ids))")
                .params(courseId, cadreId)
                .query(Boolean.class)
                .single();
    }

    /** The cadres who have answered, for completion and the response rate; nothing here leads to their answers. */
    Set<Long> answeredBy(long courseId) {
        return Set.copyOf(jdbc.sql("select unnest(cadre_ids) from evaluation_answered where course_id = ?")
                .param(courseId)
                .query(Long.class)
                .list());
    }
}
