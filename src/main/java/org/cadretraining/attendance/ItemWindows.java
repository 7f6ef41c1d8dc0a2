package org.cadretraining.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The check-in windows of agenda items: the item's own minutes before its start where it sets them, else the
 * institution's. Read from the database ({@link #of}), or as this node keeps them ({@link #kept}), which may only let
 * a scan through to the writer: the writer judges it again from the database when a course, an item or the rules
 * may have changed since, on any node ({@link KeptFacts}).
 */
@Component
class ItemWindows {

    private final JdbcClient jdbc;
    private final CourseCatalog courses;
    private final Clock clock;
    private final KeptFacts<Long, Optional<ItemWindow>> windows;
    private final Map<Long, Long> courseOfItem = new ConcurrentHashMap<>();

    ItemWindows(JdbcClient jdbc, CourseCatalog courses, Clock clock, CheckInFactsVersion version) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.clock = clock;
        this.windows = new KeptFacts<>(version, 20_000);
    }

    /** The item's window as this node keeps it, with the version of the facts it was read at. */
    KeptFacts.Kept<Optional<ItemWindow>> kept(long itemId) {
        return windows.get(itemId, this::of);
    }

    Optional<ItemWindow> of(long itemId) {
        return Optional.ofNullable(of(java.util.List.of(itemId)).get(itemId));
    }

    /** The windows of the items that exist, by item id. */
    Map<Long, ItemWindow> of(Collection<Long> itemIds) {
        Map<Long, ItemWindow> windows = new HashMap<>();
        if (itemIds.isEmpty()) {
            return windows;
        }
        int institution = courses.rules().checkInOpensMinutesBefore();
        ZoneId zone = clock.getZone();
        jdbc.sql("""
                        select i.id, i.course_id, c.status, i.day, i.starts_at, i.ends_at, r.opens_minutes_before
                        from agenda_item i
                        join course c on c.id = i.course_id
                        left join attendance_item_rule r on r.agenda_item_id = i.id
                        where i.id = any(?::bigint[])
                        """).param(itemIds.toArray(Long[]::new)).query(rs -> {
            LocalDate day = rs.getObject(4, LocalDate.class);
            Integer own = (Integer) rs.getObject(7);
            var starts = day.atTime(rs.getObject(5, LocalTime.class)).atZone(zone);
            var ends = day.atTime(rs.getObject(6, LocalTime.class)).atZone(zone);
            windows.put(
                    rs.getLong(1),
                    new ItemWindow(
                            rs.getLong(1),
                            rs.getLong(2),
                            CourseStatus.valueOf(rs.getString(3)),
                            starts.minusMinutes(own != null ? own : institution).toInstant(),
                            starts.toInstant(),
                            ends.toInstant()));
        });
        return windows;
    }

    /** The course an agenda item belongs to; an item never moves to another course, so the answer is kept. */
    Optional<Long> courseOf(long itemId) {
        Long known = courseOfItem.get(itemId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = jdbc.sql("select course_id from agenda_item where id = ?")
                .param(itemId)
                .query(Long.class)
                .optional();
        found.ifPresent(courseId -> courseOfItem.put(itemId, courseId));
        return found;
    }
}
