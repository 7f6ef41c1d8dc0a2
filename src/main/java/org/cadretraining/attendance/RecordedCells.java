package org.cadretraining.attendance;

import java.util.HashSet;
import java.util.Set;
import org.cadretraining.leave.LeaveBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cells of a course ("item:cadre") that already hold a check-in, an organiser's decision or approved leave:
 * what recording attendance afterwards or from a paper sheet keeps as it is and never overwrites.
 */
@Component
class RecordedCells {

    private final JdbcClient jdbc;
    private final LeaveBook leave;

    RecordedCells(JdbcClient jdbc, LeaveBook leave) {
        this.jdbc = jdbc;
        this.leave = leave;
    }

    Set<String> of(long courseId) {
        Set<String> cells = new HashSet<>(
                jdbc.sql("""
                        select c.agenda_item_id || ':' || c.cadre_id from attendance_check c
                        join agenda_item i on i.id = c.agenda_item_id where i.course_id = ? and c.direction = 'IN'
                        union
                        select o.agenda_item_id || ':' || o.cadre_id from attendance_override o
                        join agenda_item i on i.id = o.agenda_item_id where i.course_id = ?
                        """).params(courseId, courseId).query(String.class).list());
        leave.itemsOnLeave(courseId).forEach((cadre, items) -> items.forEach(item -> cells.add(item + ":" + cadre)));
        return cells;
    }
}
