package org.cadretraining.leave;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cadretraining.shared.CreditHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of leave: who is on approved leave from which items, and who was withdrawn. */
@Service
public class LeaveBook {

    /** A cadre withdrawn (退学) from a course, and why. */
    public record Withdrawal(long courseId, long cadreId, String reason) {}

    private final JdbcClient jdbc;

    LeaveBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each cadre of the course with approved leave, the agenda items they are excused from. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> itemsOnLeave(long courseId) {
        Map<Long, Set<Long>> items = new HashMap<>();
        jdbc.sql("""
                        select r.cadre_id, i.agenda_item_id
                        from leave_request r join leave_request_item i on i.request_id = r.id
                        where r.course_id = ? and r.status = 'APPROVED'
                        """).param(courseId).query(rs -> {
            items.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
        });
        return items;
    }

    /** For each cadre of the course with approved leave, its total 学时. */
    @Transactional(readOnly = true)
    public Map<Long, CreditHours> approvedHours(long courseId) {
        Map<Long, CreditHours> hours = new HashMap<>();
        jdbc.sql("select cadre_id, sum(hours) from leave_request where course_id = ? and status = 'APPROVED' "
                        + "group by cadre_id")
                .param(courseId)
                .query(rs -> {
                    hours.put(rs.getLong(1), CreditHours.of(rs.getBigDecimal(2)));
                });
        return hours;
    }

    /** The cadres withdrawn from the course, by cadre. */
    @Transactional(readOnly = true)
    public Map<Long, Withdrawal> withdrawals(long courseId) {
        Map<Long, Withdrawal> withdrawn = new HashMap<>();
        jdbc.sql("select cadre_id, reason from course_withdrawal where course_id = ?")
                .param(courseId)
                .query(rs -> {
                    withdrawn.put(rs.getLong(1), new Withdrawal(courseId, rs.getLong(1), rs.getString(2)));
                });
        return withdrawn;
    }
}
