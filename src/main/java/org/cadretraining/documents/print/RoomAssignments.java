package org.cadretraining.documents.print;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The room_assignment table: who sleeps where on a course. */
@Repository
class RoomAssignments {

    /** A participant's room. */
    record Assigned(long cadreId, String building, String room) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    RoomAssignments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The course's rooms by participant. */
    Map<Long, Assigned> of(long courseId) {
        return jdbc
                .sql("select cadre_id, building, room from room_assignment where course_id = ?")
                .param(courseId)
                .query((rs, n) -> new Assigned(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .collect(Collectors.toMap(Assigned::cadreId, a -> a));
    }

    /** The course's room list becomes {@code plan}'s: the list entered replaces the one before, whole. */
    void replace(long courseId, List<RoomPlan.Placement> plan, String by) {
        jdbc.sql("delete from room_assignment where course_id = ?")
                .param(courseId)
                .update();
        var now = java.sql.Timestamp.from(clock.instant());
        for (RoomPlan.Placement p : plan) {
            jdbc.sql("""
                            insert into room_assignment (course_id, cadre_id, building, room, assigned_at, assigned_by)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(courseId, p.person().cadreId(), p.building(), p.room(), now, by)
                    .update();
        }
    }
}
