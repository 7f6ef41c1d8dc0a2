package org.cadretraining.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.enrolment.UnitPlaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A unit liaison's nominations: the open courses that give their unit places, with how many are used so far. */
@Component
class LiaisonPanels {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final UnitPlaces unitPlaces;

    LiaisonPanels(JdbcClient jdbc, Clock clock, UnitPlaces unitPlaces) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.unitPlaces = unitPlaces;
    }

    /**
     * The quotas given to the liaison's own unit, counted as its nominations page counts them (every place that
     * uses the quota, however made): never another unit's figures.
     */
    Panel nominationsDue(long liaisonUnitId) {
        List<PanelRow> rows = jdbc.sql("""
                        select c.id, c.title_zh, c.title_en, ce.nomination_deadline, q.places
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
                    // counted by enrolment's rule, as the nominations page counts them
                    long used = unitPlaces.used(rs.getLong("id"), liaisonUnitId);
                    return PanelRow.of(
                                    Texts.of(rs, "title"),
                                    deadline == null ? "report.nominations.rowOpen" : "report.nominations.row",
                                    "/courses/" + rs.getLong("id") + "/nominations",
                                    used,
                                    rs.getLong("places"),
                                    deadline == null ? "" : deadline.toLocalDate())
                            .withPercent(OrganiserPanels.percent(used, rs.getLong("places")));
                })
                .list();
        return Panel.of("nominations", "bi-person-plus", null, rows);
    }
}
