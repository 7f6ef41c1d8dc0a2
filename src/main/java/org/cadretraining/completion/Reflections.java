package org.cadretraining.completion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reflection reports (心得体会): a trainee submits plain text for a course, and may replace it until the course is
 * completed. Kept as plain text and shown escaped, so nothing in it can run in a reader's browser.
 */
@Service
class Reflections {

    static final int MAX_LENGTH = 20_000;

    record Report(long courseId, long cadreId, String body, Instant submittedAt, Instant updatedAt) {}

    private final JdbcClient jdbc;
    private final ClassMembers members;
    private final Clock clock;

    Reflections(JdbcClient jdbc, ClassMembers members, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    void submit(long courseId, long cadreId, String body, boolean courseOpen, CurrentUser user) {
        if (user.cadreId() == null || user.cadreId() != cadreId) {
            throw DomainException.forbidden();
        }
        if (!members.roleOf(courseId, cadreId).map(CourseRole::trainee).orElse(false)) {
            throw DomainException.forbidden();
        }
        if (!courseOpen) {
            throw DomainException.conflict("body", "completion.reflection.closed");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("body", "completion.reflection.required");
        }
        if (text.length() > MAX_LENGTH) {
            throw DomainException.invalid("body", "completion.reflection.tooLong", MAX_LENGTH);
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into reflection_report (course_id, cadre_id, body, submitted_at, updated_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (course_id, cadre_id) do update set body = excluded.body,
                                                                       updated_at = excluded.updated_at
                        """).params(courseId, cadreId, text, now, now).update();
    }

    @Transactional(readOnly = true)
    Optional<Report> of(long courseId, long cadreId) {
        return jdbc.sql("""
                        select course_id, cadre_id, body, submitted_at, updated_at from reflection_report
                        where course_id = ? and cadre_id = ?
                        """)
                .params(courseId, cadreId)
                .query((rs, n) -> new Report(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** When each trainee who has submitted did so, by cadre. */
    @Transactional(readOnly = true)
    Map<Long, Instant> submitted(long courseId) {
        Map<Long, Instant> submitted = new TreeMap<>();
        jdbc.sql("select cadre_id, updated_at from reflection_report where course_id = ?")
                .param(courseId)
                .query(rs -> {
                    submitted.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return submitted;
    }

    Set<Long> submitters(long courseId) {
        return submitted(courseId).keySet();
    }
}
