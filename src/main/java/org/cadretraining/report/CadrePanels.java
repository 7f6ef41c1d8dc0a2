package org.cadretraining.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.cadretraining.credit.ComplianceFigures;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A cadre's own home: where to be next, their hours against each requirement, courses, certificates, and duties. */
@Component
class CadrePanels {

    /** The enrolments the cadre's course list shows (a place held, offered, waited for, or withdrawn from: 退学). */
    private static final String LIVE = "e.status in ('NOMINATED', 'APPROVED', 'WAITLISTED', 'DISCONTINUED')";

    private final JdbcClient jdbc;
    private final ComplianceFigures compliance;
    private final Clock clock;

    CadrePanels(JdbcClient jdbc, ComplianceFigures compliance, Clock clock) {
        this.jdbc = jdbc;
        this.compliance = compliance;
        this.clock = clock;
    }

    Panel next(long cadreId) {
        LocalDate today = LocalDate.now(clock);
        List<PanelRow> rows = jdbc.sql("""
                        select a.id, a.day, a.starts_at, a.title_zh, a.title_en, c.title_zh as course_zh,
                               c.title_en as course_en, coalesce(s.name_zh, v.name_zh, '') as site_zh,
                               coalesce(nullif(s.name_en, ''), nullif(v.name_en, ''), s.name_zh, v.name_zh, '') as site_en
                        from enrolment e join course c on c.id = e.course_id
                        join agenda_item a on a.course_id = c.id
                        left join site s on s.id = a.site_id left join site v on v.id = c.venue_site_id
                        where e.cadre_id = :cadre and e.status in ('NOMINATED', 'APPROVED')
                          and c.status not in ('CANCELLED', 'DRAFT')
                          and (a.day > :today or (a.day = :today and a.ends_at > :now))
                        order by a.day, a.starts_at, a.id limit 1
                        """)
                .param("cadre", cadreId)
                .param("today", today)
                .param("now", LocalTime.now(clock))
                .query((rs, n) -> PanelRow.of(
                        Texts.title(rs, "title", "course"),
                        "report.next.row",
                        "/my/courses",
                        rs.getDate("day").toLocalDate(),
                        rs.getTime("starts_at").toLocalTime().toString(),
                        place(Texts.of(rs, "site"))))
                .list();
        return Panel.of("next", "bi-geo-alt", "/my/courses", rows);
    }

    /** The site's name, or a sentence saying it is not fixed yet. */
    private static Object place(org.cadretraining.shared.LocalizedText site) {
        return site.zh().isEmpty() ? new DefaultMessageSourceResolvable("report.next.placeUnknown") : site;
    }

    Panel hours(long cadreId) {
        List<PanelRow> rows = compliance.progressOf(cadreId).stream()
                .map(p -> PanelRow.of(
                                null,
                                p.firstYear() == p.lastYear() ? "report.hours.rowAnnual" : "report.hours.row",
                                "/my/credit",
                                new DefaultMessageSourceResolvable("credit.category." + p.category()),
                                p.earned().toString(),
                                p.required().toString(),
                                p.firstYear(),
                                p.lastYear())
                        .withPercent(p.percent()))
                .toList();
        return Panel.of("hours", "bi-bar-chart", "/my/credit", rows);
    }

    /** The courses of the cadre's own list, the same rows in the same order. */
    Panel courses(long cadreId) {
        List<PanelRow> rows = jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, c.starts_on, c.ends_on, e.status
                        from enrolment e join course c on c.id = e.course_id
                        where e.cadre_id = :cadre and %s and c.status <> 'CANCELLED'
                        order by c.starts_on, e.id
                        """.formatted(LIVE))
                .param("cadre", cadreId)
                .query((rs, n) -> PanelRow.of(
                        Texts.of(rs, "title"),
                        "report.courses.row",
                        "/courses/" + rs.getLong("id"),
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(),
                        // the words of the course list the panel links to
                        new DefaultMessageSourceResolvable("enrolment.status." + rs.getString("status"))))
                .list();
        return Panel.of("courses", "bi-journal-text", "/my/courses", rows);
    }

    Panel certificates(long cadreId) {
        List<PanelRow> rows = jdbc.sql("""
                        select t.id, t.serial, t.hours, c.title_zh, c.title_en from certificate t
                        join course c on c.id = t.course_id
                        where t.cadre_id = :cadre and t.revoked_at is null order by t.issued_at desc, t.id desc
                        """)
                .param("cadre", cadreId)
                .query((rs, n) -> PanelRow.of(
                        Texts.of(rs, "title"),
                        "report.certificates.row",
                        "/certificates/" + rs.getLong("id") + ".pdf",
                        rs.getString("serial"),
                        rs.getBigDecimal("hours").toPlainString()))
                .list();
        return Panel.of("certificates", "bi-award", "/cadres/" + cadreId + "/archive", rows);
    }

    /** Questionnaires open to the cadre and not yet answered, and reflection reports a course needs and lacks. */
    Panel toHandIn(long cadreId) {
        List<PanelRow> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, q.closes_at from course_questionnaire q
                        join course c on c.id = q.course_id
                        join enrolment e on e.course_id = c.id and e.cadre_id = :cadre and e.status = 'APPROVED'
                        left join evaluation_answered w on w.course_id = c.id
                        where q.opens_at <= :now and q.closes_at > :now
                          and not (:cadre = any (coalesce(w.cadre_ids, '{}')))
                        order by q.closes_at, c.id
                        """)
                .param("cadre", cadreId)
                // the institution's clock, not the database's, decides whether a questionnaire is open
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> PanelRow.of(
                        Texts.of(rs, "title"),
                        "report.handIn.evaluation",
                        "/courses/" + rs.getLong("id") + "/evaluation/answer",
                        rs.getTimestamp("closes_at")
                                .toInstant()
                                .atZone(clock.getZone())
                                .toLocalDate()))
                .list());
        rows.addAll(jdbc.sql("""
                        select c.id, c.title_zh, c.title_en from course_completion_rule r
                        join course c on c.id = r.course_id
                        join enrolment e on e.course_id = c.id and e.cadre_id = :cadre and e.status = 'APPROVED'
                        where r.reflection_required and c.status in ('IN_PROGRESS', 'NOMINATIONS_CLOSED')
                          and c.starts_on <= :today
                          and not exists (select 1 from reflection_report f where f.course_id = c.id
                                          and f.cadre_id = :cadre)
                        order by c.ends_on, c.id
                        """)
                .param("cadre", cadreId)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> PanelRow.of(
                        Texts.of(rs, "title"),
                        "report.handIn.reflection",
                        "/courses/" + rs.getLong("id") + "/completion"))
                .list());
        return Panel.of("handIn", "bi-pencil-square", null, rows);
    }
}
