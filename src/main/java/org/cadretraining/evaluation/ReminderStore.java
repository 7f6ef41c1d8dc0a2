package org.cadretraining.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps the rounds of reminders per course: when, by whom, to how many (never to whom). */
@Repository
class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReminderRound> last(long courseId) {
        return jdbc.sql("""
                        select sent_at, recipients from evaluation_reminder where course_id = ?
                        order by sent_at desc limit 1
                        """)
                .param(courseId)
                .query((rs, n) -> new ReminderRound(rs.getTimestamp(1).toInstant(), rs.getInt(2)))
                .optional();
    }

    void record(long courseId, Instant at, String by, int recipients, int mailed) {
        jdbc.sql("""
                        insert into evaluation_reminder (course_id, sent_at, sent_by, recipients, mailed)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(courseId, Timestamp.from(at), by, recipients, mailed)
                .update();
    }
}
