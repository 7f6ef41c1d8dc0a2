package org.cadretraining.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A unit liaison's nominations: the open courses that give their unit places, with how many are used so far. */
@Component
class LiaisonPanels {

    private final JdbcClient jdbc;
    private final Clock clock;

    LiaisonPanels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The quotas given to the liaison's own unit, counted as its nominations page counts them (every live
     * nomination against the quota): never another unit's figures.
     */
    Panel nominationsDue(long liaisonUnitId) {
        List<PanelRow> rows = jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, ce.nomination_deadline, q.places,
                               (select count(*) from enrolment e where e.course_id = c.id
                                and e.quota_unit_id = q.unit_id
                                and e.status in ('NOMINATED', 'APPROVED', 'WAITLISTED')) as nominated
                        from unit_quota q join course c on c.id = q.course_id
                        left join course_enrolment ce on ce.course_id = c.id
                        where q.unit_id = :unit and c.status = 'NOMINATIONS_OPEN'
                          and (ce.nomination_deadline is null or ce.nomination_deadline >= :today)
                        order by ce.nomination_deadline nulls last, c.starts_on, c.id
                        """)
                .param("unit", liaisonUnitId)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> {
                    var deadline = rs.getDate("nomination_deadline");
                    return PanelRow.of(
                                    Texts.of(rs, "title"),
                                    deadline == null ? "report.nominations.rowOpen" : "report.nominations.row",
                                    "/courses/" + rs.getLong("id") + "/nominations",
                                    rs.getLong("nominated"),
                                    rs.getLong("places"),
                                    deadline == null ? "" : deadline.toLocalDate())
                            .withPercent(OrganiserPanels.percent(rs.getLong("nominated"), rs.getLong("places")));
                })
                .list();
        return Panel.of("nominations", "bi-person-plus", null, rows);
    }
}
