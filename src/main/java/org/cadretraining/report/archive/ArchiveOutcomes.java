package org.cadretraining.report.archive;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.report.archive.CourseArchive.CertificateRow;
import org.cadretraining.report.archive.CourseArchive.Decision;
import org.cadretraining.report.archive.CourseArchive.MakeUpRow;
import org.cadretraining.report.archive.CourseArchive.Reflection;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the course came to: the make-ups of missed mandatory items, each completion decision with its reasons,
 * reflection reports, certificates issued.
 */
@Component
class ArchiveOutcomes {

    private final JdbcClient jdbc;
    private final Clock clock;

    ArchiveOutcomes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The make-ups recorded for the course's trainees and not withdrawn, in the order they were recorded. */
    List<MakeUpRow> makeUps(long courseId) {
        return jdbc.sql("""
                        select k.name, k.name_en, a.title_zh as item_zh, a.title_en as item_en, m.kind, m.reason,
                               m.recorded_at, m.recorded_by
                        from completion_make_up m
                        join cadre k on k.id = m.cadre_id
                        join agenda_item a on a.id = m.agenda_item_id
                        -- a make-up withdrawn as recorded by mistake did not count; the make-ups page keeps its record
                        where m.course_id = ? and m.withdrawn_at is null order by m.recorded_at, k.id
                        """)
                .param(courseId)
                .query((rs, n) -> new MakeUpRow(
                        Cells.name(rs),
                        Cells.text(rs, "item"),
                        rs.getString("kind"),
                        rs.getString("reason"),
                        Cells.at(rs, "recorded_at", clock.getZone()),
                        rs.getString("recorded_by")))
                .list();
    }

    /** The decisions made at the course's close, those who did not complete first, each with its reasons. */
    List<Decision> decisions(long courseId) {
        Map<Long, List<LocalizedText>> reasons = new HashMap<>();
        jdbc.sql("""
                        select cadre_id, text_zh, text_en from course_completion_reason
                        where course_id = ? order by cadre_id, id
                        """).param(courseId).query(rs -> {
            reasons.computeIfAbsent(rs.getLong("cadre_id"), k -> new ArrayList<>())
                    .add(Cells.text(rs, "text"));
        });
        return jdbc.sql("""
                        select d.cadre_id, k.name, k.name_en, d.completed, d.credited_hours, d.leave_hours,
                               d.decided_at
                        from course_completion d join cadre k on k.id = d.cadre_id
                        where d.course_id = ? order by d.completed, k.name, k.id
                        """)
                .param(courseId)
                .query((rs, n) -> new Decision(
                        Cells.name(rs),
                        rs.getBoolean("completed"),
                        rs.getBigDecimal("credited_hours"),
                        rs.getBigDecimal("leave_hours"),
                        List.copyOf(reasons.getOrDefault(rs.getLong("cadre_id"), List.of())),
                        Cells.at(rs, "decided_at", clock.getZone())))
                .list();
    }

    List<Reflection> reflections(long courseId) {
        return jdbc.sql("""
                        select r.cadre_id, k.name, k.name_en, r.submitted_at, r.body
                        from reflection_report r join cadre k on k.id = r.cadre_id
                        where r.course_id = ? order by k.name, k.id
                        """)
                .param(courseId)
                .query((rs, n) -> new Reflection(
                        rs.getLong("cadre_id"),
                        Cells.name(rs),
                        Cells.at(rs, "submitted_at", clock.getZone()),
                        rs.getString("body")))
                .list();
    }

    /** Every certificate issued for the course, revoked ones too (with why), by number. */
    List<CertificateRow> certificates(long courseId) {
        return jdbc.sql("""
                        select k.name, k.name_en, c.serial, c.hours, c.issued_at, c.revoked_at,
                               coalesce(c.revocation_reason, '') as revocation_reason
                        from certificate c join cadre k on k.id = c.cadre_id
                        where c.course_id = ? order by c.year, c.number
                        """)
                .param(courseId)
                .query((rs, n) -> new CertificateRow(
                        Cells.name(rs),
                        rs.getString("serial"),
                        rs.getBigDecimal("hours"),
                        Cells.at(rs, "issued_at", clock.getZone()),
                        Cells.at(rs, "revoked_at", clock.getZone()),
                        rs.getString("revocation_reason")))
                .list();
    }
}
