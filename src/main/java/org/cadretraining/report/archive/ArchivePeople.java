package org.cadretraining.report.archive;

import java.time.Clock;
import java.util.List;
import org.cadretraining.report.archive.CourseArchive.LeaveRow;
import org.cadretraining.report.archive.CourseArchive.Member;
import org.cadretraining.report.archive.CourseArchive.WithdrawalRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who took part, in which role and study group; their leave requests and who was withdrawn (退学). */
@Component
class ArchivePeople {

    private final JdbcClient jdbc;
    private final Clock clock;

    ArchivePeople(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Everyone whose place was approved, including those who later left it: the team leader and the class teacher
     * first, then the others by unit and name.
     */
    List<Member> roster(long courseId) {
        return jdbc.sql("""
                        select e.cadre_id, k.name, k.name_en, u.name_zh as unit_zh, u.name_en as unit_en,
                               e.course_role,
                               -- withdrawn (退学) by leave: the place says so, as does leave's own record
                               case when w.cadre_id is not null then 'DISCONTINUED' else e.status end as status,
                               coalesce(g.name, '') as study_group
                        from enrolment e join cadre k on k.id = e.cadre_id join unit u on u.id = k.unit_id
                        left join course_withdrawal w on w.course_id = e.course_id and w.cadre_id = e.cadre_id
                        left join study_group_member m on m.enrolment_id = e.id
                        left join study_group g on g.id = m.group_id
                        where e.course_id = ? and e.status in ('APPROVED', 'WITHDRAWN', 'DISCONTINUED')
                        order by array_position(array['TEAM_LEADER', 'CLASS_TEACHER', 'GROUP_LEADER', 'STAFF',
                                                      'PARTICIPANT']::varchar[], e.course_role),
                                 u.path, k.name, k.id
                        """)
                .param(courseId)
                .query((rs, n) -> new Member(
                        rs.getLong("cadre_id"),
                        Cells.name(rs),
                        Cells.text(rs, "unit"),
                        rs.getString("course_role"),
                        rs.getString("status"),
                        rs.getString("study_group")))
                .list();
    }

    /** Every leave request, whatever became of it, in the order asked. */
    List<LeaveRow> leave(long courseId) {
        return jdbc.sql("""
                        select k.name, k.name_en, r.status, r.hours, r.reason, r.requested_at,
                               coalesce(r.decided_by, '') as decided_by, coalesce(r.decision_note, '') as note,
                               (select count(*) from leave_request_item i where i.request_id = r.id) as items
                        from leave_request r join cadre k on k.id = r.cadre_id
                        where r.course_id = ? order by r.requested_at, r.id
                        """)
                .param(courseId)
                .query((rs, n) -> new LeaveRow(
                        Cells.name(rs),
                        rs.getString("status"),
                        rs.getBigDecimal("hours"),
                        rs.getInt("items"),
                        rs.getString("reason"),
                        Cells.at(rs, "requested_at", clock.getZone()),
                        rs.getString("decided_by"),
                        rs.getString("note")))
                .list();
    }

    List<WithdrawalRow> withdrawals(long courseId) {
        return jdbc.sql("""
                        select k.name, k.name_en, w.reason, w.withdrawn_at, w.withdrawn_by
                        from course_withdrawal w join cadre k on k.id = w.cadre_id
                        where w.course_id = ? order by w.withdrawn_at, k.name
                        """)
                .param(courseId)
                .query((rs, n) -> new WithdrawalRow(
                        Cells.name(rs),
                        rs.getString("reason"),
                        Cells.at(rs, "withdrawn_at", clock.getZone()),
                        rs.getString("withdrawn_by")))
                .list();
    }
}
