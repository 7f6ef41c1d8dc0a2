package org.cadretraining.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organiser's day: the items held today with how many have checked in so far, what waits for their decision,
 * and the courses of this month. Each row counts what the page it links to lists.
 */
@Component
class OrganiserPanels {

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganiserPanels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Panel today() {
        List<PanelRow> rows = jdbc.sql("""
                        select a.id, a.course_id, a.title_zh, a.title_en, a.starts_at, a.ends_at,
                               c.title_zh as course_zh, c.title_en as course_en,
                               (select count(distinct k.cadre_id) from attendance_check k
                                where k.agenda_item_id = a.id and k.direction = 'IN') as checked_in,
                               (select count(*) from enrolment e
                                where e.course_id = a.course_id and e.status = 'APPROVED') as expected
                        from agenda_item a join course c on c.id = a.course_id
                        where a.day = :today and c.status not in ('DRAFT', 'CANCELLED')
                        order by a.starts_at, a.id
                        """)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> PanelRow.of(
                                Texts.title(rs, "title", "course"),
                                "report.today.row",
                                "/attendance/courses/" + rs.getLong("course_id") + "/items/" + rs.getLong("id"),
                                rs.getTime("starts_at").toLocalTime().toString(),
                                rs.getTime("ends_at").toLocalTime().toString(),
                                rs.getLong("checked_in"),
                                rs.getLong("expected"))
                        .withPercent(percent(rs.getLong("checked_in"), rs.getLong("expected"))))
                .list();
        return Panel.of("today", "bi-calendar-check", "/courses?status=IN_PROGRESS", rows);
    }

    /** Decisions waiting for the organiser, one row per course and kind; the count is their sum. */
    Panel waiting() {
        List<PanelRow> rows = new java.util.ArrayList<>();
        rows.addAll(perCourse("""
                select c.id, c.title_zh, c.title_en, count(*) as n from enrolment e join course c on c.id = e.course_id
                where e.status = 'NOMINATED' and c.status <> 'CANCELLED'
                group by c.id order by c.starts_on, c.id
                """, "report.waiting.nominations", "/courses/%d/enrolment"));
        rows.addAll(perCourse("""
                select c.id, c.title_zh, c.title_en, count(*) as n from leave_request l join course c on c.id = l.course_id
                where l.status = 'REQUESTED' group by c.id order by c.starts_on, c.id
                """, "report.waiting.leave", "/courses/%d/leave"));
        long external = jdbc.sql("select count(*) from external_training where status = 'UNIT_APPROVED'")
                .query(Long.class)
                .single();
        if (external > 0) {
            rows.add(PanelRow.of(null, "report.waiting.external", "/credit/external", external));
        }
        rows.addAll(perCourse("""
                select c.id, c.title_zh, c.title_en, 1 as n from course_questionnaire q join course c on c.id = q.course_id
                where c.ends_on < :today and q.closes_at > :now and c.status <> 'CANCELLED'
                order by c.ends_on, c.id
                """, "report.waiting.evaluation", "/courses/%d/evaluation"));
        long review = jdbc.sql("select count(distinct article_id) from news_revision where status = 'SUBMITTED'")
                .query(Long.class)
                .single();
        if (review > 0) {
            rows.add(PanelRow.of(null, "report.waiting.news", "/news/desk", review));
        }
        long total = rows.stream()
                .mapToLong(r -> ((Number) r.detailArgs().getLast()).longValue())
                .sum();
        return Panel.of("waiting", "bi-inbox", null, rows).counting(total);
    }

    Panel thisMonth() {
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1);
        List<PanelRow> rows = jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, c.starts_on, c.ends_on, c.status, c.capacity,
                               (select count(*) from enrolment e where e.course_id = c.id and e.status = 'APPROVED')
                                   as enrolled
                        from course c
                        where c.starts_on <= :last and c.ends_on >= :first and c.status <> 'CANCELLED'
                        order by c.starts_on, c.id
                        """)
                .param("first", first)
                .param("last", first.plusMonths(1).minusDays(1))
                .query((rs, n) -> PanelRow.of(
                        Texts.title(rs, "title", null),
                        "report.month.row",
                        "/courses/" + rs.getLong("id"),
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(),
                        new DefaultMessageSourceResolvable("course.status." + rs.getString("status")),
                        rs.getLong("enrolled"),
                        rs.getInt("capacity")))
                .list();
        return Panel.of("month", "bi-calendar3", "/courses?year=" + first.getYear(), rows);
    }

    private List<PanelRow> perCourse(String sql, String key, String link) {
        return jdbc.sql(sql)
                .param("today", LocalDate.now(clock))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> PanelRow.of(
                        Texts.title(rs, "title", null), key, link.formatted(rs.getLong("id")), rs.getLong("n")))
                .list();
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }
}
