package org.cadretraining.credit.superior;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.credit.Evidence;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recorded courses as a person may read them: a course is seen by whoever may record for one of its attendees
 * (the organisation department, or a liaison of an attendee's unit), and only the attendees within their subtree.
 */
@Repository
class SuperiorCourseRecords {

    private final JdbcClient jdbc;
    private final SuperiorCourses courses;

    SuperiorCourseRecords(JdbcClient jdbc, SuperiorCourses courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    private String subtreeOf(CurrentUser user) {
        return courses.subtreeOf(user);
    }

    /** The courses the person may see: those with at least one attendee in their subtree. */
    List<SuperiorCourse> recent(CurrentUser user) {
        return jdbc.sql(SELECT + """
                         where exists (select 1 from superior_course_attendee a join cadre c on c.id = a.cadre_id
                                        join unit u on u.id = c.unit_id
                                       where a.course_id = s.id and u.path like ? || '%')
                         order by s.recorded_at desc, s.id desc limit 50
                        """)
                .param(subtreeOf(user))
                .query(SuperiorCourseRecords::course)
                .list();
    }

    SuperiorCourse get(long id, CurrentUser user) {
        List<SuperiorCourse> seen = jdbc.sql(SELECT + """
                         where s.id = ? and exists (select 1 from superior_course_attendee a join cadre c on c.id = a.cadre_id
                                        join unit u on u.id = c.unit_id
                                       where a.course_id = s.id and u.path like ? || '%')
                        """)
                .params(id, subtreeOf(user))
                .query(SuperiorCourseRecords::course)
                .list();
        if (seen.isEmpty()) {
            throw DomainException.notFound("credit.superior.notFound");
        }
        return seen.getFirst();
    }

    /** The attendees of the course within the person's subtree. */
    List<Attendee> attendeesOf(long id, CurrentUser user) {
        get(id, user);
        return jdbc.sql("""
                        select c.id, c.staff_number, c.name, u.name_zh from superior_course_attendee a
                          join cadre c on c.id = a.cadre_id join unit u on u.id = c.unit_id
                         where a.course_id = ? and u.path like ? || '%' order by c.staff_number
                        """)
                .params(id, subtreeOf(user))
                .query((rs, n) -> new Attendee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    Evidence evidence(long id, CurrentUser user) {
        get(id, user);
        return jdbc.sql("select evidence_name, evidence_type, evidence from superior_course where id = ?")
                .param(id)
                .query((rs, n) -> new Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .single();
    }

    private static final String SELECT = """
            select s.id, s.kind, s.title, s.provider, s.starts_on, s.ends_on, s.hours, s.evidence_name, s.recorded_by,
                   s.recorded_at, (select count(*) from superior_course_attendee a where a.course_id = s.id) as attendees
              from superior_course s
            """;

    private static SuperiorCourse course(ResultSet rs, int n) throws SQLException {
        return new SuperiorCourse(
                rs.getLong("id"),
                SuperiorKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("provider"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                CreditHours.of(rs.getBigDecimal("hours")),
                rs.getString("evidence_name"),
                rs.getInt("attendees"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
