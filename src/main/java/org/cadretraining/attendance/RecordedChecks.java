package org.cadretraining.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What was recorded at a course's items, as {@link AttendanceRecords} reckons it: the checks, the organiser's
 * decisions and the items' own thresholds, each read in one query for the whole course (or some of its trainees).
 */
@Component
class RecordedChecks {

    /** A trainee's first check-in at an item and their last check-out after it. */
    record Checks(Instant in, Instant out) {}

    private final JdbcClient jdbc;

    RecordedChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The first check-in and the last check-out after it, by item and then by cadre: a burst's judgement looks up two
     * thousand trainees at each of a hundred items, so the lookup builds no key.
     */
    Map<Long, Map<Long, Checks>> checks(long courseId, Long[] only) {
        Map<Long, Map<Long, Instant>> ins = new HashMap<>();
        Map<Long, Map<Long, List<Instant>>> outs = new HashMap<>();
        of("""
                        select c.agenda_item_id, c.cadre_id, c.direction, c.checked_at
                        from attendance_check c join agenda_item i on i.id = c.agenda_item_id
                        where i.course_id = ?""", "c", courseId, only, "").query(rs -> {
            long item = rs.getLong(1);
            long cadre = rs.getLong(2);
            Instant at = rs.getTimestamp(4).toInstant();
            if ("IN".equals(rs.getString(3))) {
                ins.computeIfAbsent(item, k -> new HashMap<>()).put(cadre, at);
            } else {
                outs.computeIfAbsent(item, k -> new HashMap<>())
                        .computeIfAbsent(cadre, k -> new ArrayList<>())
                        .add(at);
            }
        });
        Map<Long, Map<Long, Checks>> checks = new HashMap<>();
        ins.forEach((item, byCadre) -> {
            Map<Long, List<Instant>> itemOuts = outs.getOrDefault(item, Map.of());
            Map<Long, Checks> itemChecks = new HashMap<>();
            byCadre.forEach((cadre, in) -> {
                Instant out = itemOuts.getOrDefault(cadre, List.of()).stream()
                        .filter(at -> at.isAfter(in))
                        .max(Instant::compareTo)
                        .orElse(null);
                itemChecks.put(cadre, new Checks(in, out));
            });
            checks.put(item, itemChecks);
        });
        return checks;
    }

    /** The latest decision of the organiser, by item and then by cadre. */
    Map<Long, Map<Long, String>> overrides(long courseId, Long[] only) {
        Map<Long, Map<Long, String>> latest = new HashMap<>();
        of("""
                        select o.agenda_item_id, o.cadre_id, o.status
                        from attendance_override o join agenda_item i on i.id = o.agenda_item_id
                        where i.course_id = ?""", "o", courseId, only, " order by o.id").query(rs -> {
            latest.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getString(3));
        });
        return latest;
    }

    /**
     * The course's rows, or only those of some trainees: a condition of its own then, so that PostgreSQL looks them up
     * by item and cadre instead of reading every row of the course (a check-in burst judges a few trainees at a time).
     */
    private JdbcClient.StatementSpec of(String select, String alias, long courseId, Long[] only, String order) {
        return only == null
                ? jdbc.sql(select + order).param(courseId)
                : jdbc.sql(select + " and " + alias + ".cadre_id = any(?::bigint[])" + order)
                        .params(courseId, only);
    }

    /** Items' own thresholds: [late, early], -1 where the item keeps the institution's. */
    Map<Long, int[]> thresholds(long courseId) {
        Map<Long, int[]> own = new HashMap<>();
        jdbc.sql("""
                        select r.agenda_item_id, coalesce(r.late_after_minutes, -1), coalesce(r.early_leave_minutes, -1)
                        from attendance_item_rule r join agenda_item i on i.id = r.agenda_item_id
                        where i.course_id = ?
                        """).param(courseId).query(rs -> {
            own.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
        });
        return own;
    }
}
