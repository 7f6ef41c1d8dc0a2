package org.cadretraining.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notices for a cadre, such as a place freed for them on a waiting list. */
@Service
class Notifications {

    record Notice(long id, Long courseId, String messageKey, Instant createdAt, boolean read, String link) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    int unread(long cadreId) {
        return jdbc.sql("select count(*) from notification where cadre_id = ? and read_at is null")
                .param(cadreId)
                .query(Integer.class)
                .single();
    }

    @Transactional(readOnly = true)
    List<Notice> of(long cadreId) {
        return jdbc.sql(
                        "select id, course_id, message_key, created_at, read_at, link from notification where cadre_id = ? "
                                + "order by created_at desc, id desc limit 50")
                .param(cadreId)
                .query((rs, n) -> new Notice(
                        rs.getLong("id"),
                        rs.getObject("course_id", Long.class),
                        rs.getString("message_key"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null,
                        rs.getString("link")))
                .list();
    }

    @Transactional
    void markAllRead(long cadreId) {
        jdbc.sql("update notification set read_at = ? where cadre_id = ? and read_at is null")
                .params(java.sql.Timestamp.from(clock.instant()), cadreId)
                .update();
    }
}
