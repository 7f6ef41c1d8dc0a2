package org.cadretraining.completion;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trainees whose standing waits to be judged (see {@code completion_waiting}), and the courses all of whose
 * trainees wait ({@code completion_course_waiting}), kept in the database.
 */
@Component
class WaitingJudgements {

    private final JdbcClient jdbc;

    WaitingJudgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the trainees to those waiting in the course. No key is checked: a check-in must never wait for a judgement
     * that has taken the same trainee and not yet committed; one waiting twice is judged once.
     */
    void add(long courseId, Collection<Long> cadreIds) {
        jdbc.sql("""
                        insert into completion_waiting (course_id, cadre_id)
                        select distinct ?::bigint, cadre from unnest(?::bigint[]) as w(cadre)
                        """).params(courseId, cadreIds.toArray(Long[]::new)).update();
    }

    /** Marks every trainee of the course as waiting, once however many changes mark it. */
    void addWholeCourse(long courseId) {
        jdbc.sql("insert into completion_course_waiting (course_id) values (?) on conflict do nothing")
                .param(courseId)
                .update();
    }

    /** Some of the courses with trainees waiting, at most {@code limit}. */
    List<Long> courses(int limit) {
        return jdbc.sql("""
                        select course_id from completion_course_waiting
                        union
                        select distinct course_id from completion_waiting
                        limit ?
                        """).param(limit).query(Long.class).list();
    }

    /** Whether anyone in the course waits to be judged. */
    boolean anyIn(long courseId) {
        return jdbc.sql("""
                        select exists (select 1 from completion_waiting where course_id = :course)
                            or exists (select 1 from completion_course_waiting where course_id = :course)
                        """).param("course", courseId).query(Boolean.class).single();
    }

    /** Takes the mark that every trainee of the course waits; false when there was none. */
    boolean takeWholeCourse(long courseId) {
        return jdbc.sql("delete from completion_course_waiting where course_id = ?")
                        .param(courseId)
                        .update()
                > 0;
    }

    /**
     * Takes the trainees waiting in the course: removed in the caller's transaction, so they wait again when it rolls
     * back. Those added by a check-in that commits after this statement stay for the next round.
     */
    List<Long> take(long courseId) {
        return jdbc
                .sql("delete from completion_waiting where course_id = ? returning cadre_id")
                .param(courseId)
                .query(Long.class)
                .list()
                .stream()
                .distinct()
                .toList();
    }
}
