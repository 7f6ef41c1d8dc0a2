package org.cadretraining.completion;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The trainees whose standing waits to be judged (see {@code completion_waiting}), kept in the database. */
@Component
class WaitingJudgements {

    private final JdbcClient jdbc;

    WaitingJudgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the trainees to those waiting in the course; one already waiting stays once. */
    void add(long courseId, Collection<Long> cadreIds) {
        jdbc.sql("""
                        insert into completion_waiting (course_id, cadre_id)
                        select ?, cadre from unnest(?::bigint[]) as w(cadre)
                        on conflict do nothing
                        """).params(courseId, cadreIds.toArray(Long[]::new)).update();
    }

    /** Some of the courses with trainees waiting, at most {@code limit}. */
    List<Long> courses(int limit) {
        return jdbc.sql("select distinct course_id from completion_waiting limit ?")
                .param(limit)
                .query(Long.class)
                .list();
    }

    /**
     * Takes the trainees waiting in the course: removed in the caller's transaction, so they wait again when it rolls
     * back. Those added by a check-in that commits after this statement stay for the next round.
     */
    List<Long> take(long courseId) {
        return jdbc.sql("delete from completion_waiting where course_id = ? returning cadre_id")
                .param(courseId)
                .query(Long.class)
                .list();
    }
}
