package org.cadretraining.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.course.LeaveCap;
import org.cadretraining.shared.CreditHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an organiser should look at before it goes wrong: courses whose first day has come and that are not started,
 * items of coming courses without a speaker or a site, courses starting soon with places unfilled, cadres close to the
 * leave cap, and courses that ended with no attendance recorded.
 */
@Component
class AlertPanels {

    /** How far ahead a course with unfilled places is flagged. */
    static final int UNFILLED_WITHIN_DAYS = 14;

    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final Clock clock;

    AlertPanels(JdbcClient jdbc, CourseCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    Panel alerts() {
        LocalDate today = LocalDate.now(clock);
        List<PanelRow> rows = new ArrayList<>();
        // first: nobody can check in to a course not started
        rows.addAll(lateToStart(today));
        rows.addAll(jdbc.sql("""
                        select c.id, c.title_zh, c.title_en,
                               count(*) filter (where a.type in ('LECTURE', 'MICRO_COURSE')
                                   and a.speaker_lecturer_id is null and a.speaker_cadre_id is null
                                   and a.speaker_text = ''
                                   and not exists (select 1 from agenda_item_speaker s where s.agenda_item = a.id))
                                   as unstaffed,
                               count(*) filter (where a.site_id is null and c.venue_site_id is null) as unplaced
                        from course c join agenda_item a on a.course_id = c.id
                        where c.ends_on >= :today and c.status not in ('CANCELLED', 'COMPLETED', 'ARCHIVED')
                        group by c.id having count(*) filter (where a.type in ('LECTURE', 'MICRO_COURSE')
                                   and a.speaker_lecturer_id is null and a.speaker_cadre_id is null
                                   and a.speaker_text = ''
                                   and not exists (select 1 from agenda_item_speaker s where s.agenda_item = a.id)) > 0
                            or count(*) filter (where a.site_id is null and c.venue_site_id is null) > 0
                        order by c.starts_on, c.id
                        """)
                .param("today", today)
                .query((rs, n) -> PanelRow.of(
                        Texts.of(rs, "title"),
                        "report.alert.items",
                        "/courses/" + rs.getLong("id"),
                        rs.getLong("unstaffed"),
                        rs.getLong("unplaced")))
                .list());
        rows.addAll(jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, c.starts_on, c.capacity,
                               (select count(*) from enrolment e where e.course_id = c.id
                                and e.status in ('NOMINATED', 'APPROVED') and e.course_role in ('PARTICIPANT', 'GROUP_LEADER')) as taken
                        from course c
                        where c.starts_on between :today and :until
                          and c.status in ('NOMINATIONS_OPEN', 'NOMINATIONS_CLOSED')
                          and c.capacity > (select count(*) from enrolment e where e.course_id = c.id
                                            and e.status in ('NOMINATED', 'APPROVED') and e.course_role in ('PARTICIPANT', 'GROUP_LEADER'))
                        order by c.starts_on, c.id
                        """)
                .param("today", today)
                .param("until", today.plusDays(UNFILLED_WITHIN_DAYS))
                .query((rs, n) -> PanelRow.of(
                        Texts.of(rs, "title"),
                        "report.alert.unfilled",
                        "/courses/" + rs.getLong("id") + "/enrolment",
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getLong("taken"),
                        rs.getInt("capacity")))
                .list());
        rows.addAll(nearLeaveCap(today));
        rows.addAll(jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, c.ends_on from course c
                        where c.ends_on < :today and c.status in ('NOMINATIONS_CLOSED', 'IN_PROGRESS', 'COMPLETED')
                          and exists (select 1 from agenda_item a where a.course_id = c.id)
                          and not exists (select 1 from attendance_check k join agenda_item a on a.id = k.agenda_item_id
                                          where a.course_id = c.id)
                          and not exists (select 1 from attendance_override o join agenda_item a
                                          on a.id = o.agenda_item_id where a.course_id = c.id)
                          and not exists (select 1 from attendance_afterwards w where w.course_id = c.id)
                        order by c.ends_on desc, c.id
                        """)
                .param("today", today)
                .query((rs, n) -> PanelRow.of(
                        Texts.of(rs, "title"),
                        "report.alert.noAttendance",
                        "/attendance/courses/" + rs.getLong("id"),
                        rs.getDate("ends_on").toLocalDate()))
                .list());
        return Panel.of("alerts", "bi-exclamation-triangle", null, rows);
    }

    /**
     * Courses whose first day has come and that the organiser has not started (开班): until then nobody can check in.
     * The rule is the course module's; the course list shows the same courses ({@code /courses?late=true}).
     */
    private List<PanelRow> lateToStart(LocalDate today) {
        return catalog.coursesIn(CourseStatus.awaitingStart()).stream()
                .filter(course -> course.lateToStart(today))
                .sorted(Comparator.comparing(CourseSummary::startsOn).thenComparing(CourseSummary::id))
                .map(course -> PanelRow.of(
                        course.title(), "report.alert.notStarted", "/courses/" + course.id(), course.startsOn()))
                .toList();
    }

    /**
     * Cadres of running or about-to-run courses whose approved leave has used three quarters of the cap or more; the
     * cap itself is the course module's rule.
     */
    private List<PanelRow> nearLeaveCap(LocalDate today) {
        record Leave(
                long courseId,
                String titleZh,
                String titleEn,
                String name,
                CreditHours courseHours,
                CreditHours leave) {}
        List<Leave> leaves = jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, c.required_hours, d.name, sum(l.hours) as leave
                        from leave_request l join course c on c.id = l.course_id join cadre d on d.id = l.cadre_id
                        where l.status = 'APPROVED' and c.ends_on >= :today
                          and c.status in ('NOMINATIONS_CLOSED', 'IN_PROGRESS')
                        group by c.id, d.id order by c.starts_on, c.id, d.name
                        """)
                .param("today", today)
                .query((rs, n) -> new Leave(
                        rs.getLong("id"),
                        rs.getString("title_zh"),
                        rs.getString("title_en"),
                        rs.getString("name"),
                        CreditHours.of(rs.getBigDecimal("required_hours")),
                        CreditHours.nearestQuarter(rs.getBigDecimal("leave"))))
                .list();
        var rules = catalog.rules();
        List<PanelRow> rows = new ArrayList<>();
        for (Leave leave : leaves) {
            LeaveCap cap = rules.leaveCap(leave.courseHours());
            // near: a quarter of the cap or less is left (or it is already passed)
            boolean near = !cap.admits(leave.leave()
                    .plus(CreditHours.nearestQuarter(
                            cap.figure().divide(java.math.BigDecimal.valueOf(4), 2, java.math.RoundingMode.DOWN))));
            if (near) {
                rows.add(PanelRow.of(
                        new org.cadretraining.shared.LocalizedText(leave.titleZh(), leave.titleEn()),
                        "report.alert.leaveCap",
                        "/courses/" + leave.courseId() + "/leave",
                        leave.name(),
                        leave.leave().toString(),
                        cap.shown()));
            }
        }
        return rows;
    }
}
