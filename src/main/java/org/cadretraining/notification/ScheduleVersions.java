package org.cadretraining.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The numbered versions of each course's schedule and, per cadre, the last version they looked at. */
@Service
class ScheduleVersions {

    enum Kind {
        ADDED,
        CHANGED,
        REMOVED,
        DATES
    }

    /** One version: what changed, summarised before and after in both languages. */
    record Version(
            int number,
            Long agendaItemId,
            Kind kind,
            LocalizedText before,
            LocalizedText after,
            Instant changedAt,
            String changedBy) {

        public String beforeIn(Locale locale) {
            return before.in(locale);
        }

        public String afterIn(Locale locale) {
            return after.in(locale);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduleVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the next version of the course's schedule and returns it. */
    @Transactional
    Version record(long courseId, Long itemId, Kind kind, LocalizedText before, LocalizedText after, String by) {
        // listeners run in parallel: one course's versions are numbered one at a time
        jdbc.sql("select pg_advisory_xact_lock(?)").param(courseId).query().listOfRows();
        int next = latest(courseId) + 1;
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into schedule_version (course_id, version, agenda_item_id, change,
                                                      before_zh, before_en, after_zh, after_en, changed_at, changed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        courseId,
                        next,
                        itemId,
                        kind.name(),
                        before.zh(),
                        before.en(),
                        after.zh(),
                        after.en(),
                        Timestamp.from(now),
                        by)
                .update();
        return new Version(next, itemId, kind, before, after, now, by);
    }

    @Transactional(readOnly = true)
    int latest(long courseId) {
        return jdbc.sql("select coalesce(max(version), 0) from schedule_version where course_id = ?")
                .param(courseId)
                .query(Integer.class)
                .single();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    List<Version> of(long courseId) {
        return jdbc.sql("""
                        select version, agenda_item_id, change, before_zh, before_en, after_zh, after_en,
                               changed_at, changed_by
                        from schedule_version where course_id = ? order by version desc
                        """)
                .param(courseId)
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        rs.getObject("agenda_item_id", Long.class),
                        Kind.valueOf(rs.getString("change")),
                        new LocalizedText(rs.getString("before_zh"), rs.getString("before_en")),
                        new LocalizedText(rs.getString("after_zh"), rs.getString("after_en")),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by")))
                .list();
    }

    @Transactional(readOnly = true)
    int lastSeen(long cadreId, long courseId) {
        Optional<Integer> seen = jdbc.sql("select version from schedule_seen where cadre_id = ? and course_id = ?")
                .params(cadreId, courseId)
                .query(Integer.class)
                .optional();
        return seen.orElse(0);
    }

    /** Whether the course has versions the cadre has not looked at. */
    @Transactional(readOnly = true)
    boolean changedSinceSeen(long cadreId, long courseId) {
        return latest(courseId) > lastSeen(cadreId, courseId);
    }

    @Transactional
    void seen(long cadreId, long courseId, int version) {
        jdbc.sql("""
                        insert into schedule_seen (cadre_id, course_id, version) values (?, ?, ?)
                        on conflict (cadre_id, course_id) do update set version = greatest(schedule_seen.version, excluded.version)
                        """).params(cadreId, courseId, version).update();
    }
}
