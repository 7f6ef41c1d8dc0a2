package org.cadretraining.enrolment;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one home of two rules: which unit's quota a place counts against, and how many places of a quota are used.
 * A place is a place however it was made: a liaison's nomination counts against the liaison's unit, and any other
 * place (the organiser's direct or bulk enrolment) against the nearest unit at or above its cadre's unit that has
 * places in the course. So a unit whose places the organiser has filled is full for its liaison too.
 */
@Component
class QuotaUse {

    /**
     * SQL condition on {@code enrolment}: the place uses its quota (in or waiting for the course, or withdrawn from it
     * (退学), as a trainee). A withdrawal stays in the unit's use, as the regulations count it: the unit sent the
     * cadre and the place was spent on them, so it is neither handed to another of the unit nor given back.
     */
    static final String USES_QUOTA = "status in ('NOMINATED', 'APPROVED', 'WAITLISTED', 'DISCONTINUED')"
            + " and course_role in ('PARTICIPANT', 'GROUP_LEADER')";

    /** The places of those among {@link #USES_QUOTA} withdrawn from the course (退学). */
    private static final String WITHDRAWN = "count(*) filter (where status = 'DISCONTINUED')";

    private final JdbcClient jdbc;

    QuotaUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * SQL for the unit whose quota a place of {@code cadre} in {@code course} counts against when nobody nominated
     * it, or null when no unit above the cadre has places; the arguments are SQL expressions (parameters, columns).
     */
    static String nearestQuotaUnit(String course, String cadre) {
        return """
                (select q.unit_id from unit_quota q
                   join unit quota_unit on quota_unit.id = q.unit_id
                   join cadre c on c.id = %s
                   join unit u on u.id = c.unit_id
                  where q.course_id = %s and u.path like quota_unit.path || '%%'
                  order by length(quota_unit.path) desc limit 1)""".formatted(cadre, course);
    }

    int used(long courseId, long unitId) {
        return jdbc.sql("select count(*) from enrolment where course_id = ? and quota_unit_id = ? and " + USES_QUOTA)
                .params(courseId, unitId)
                .query(Integer.class)
                .single();
    }

    int places(long courseId, long unitId) {
        return jdbc.sql("select places from unit_quota where course_id = ? and unit_id = ?")
                .params(courseId, unitId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    QuotaRow of(long courseId, long unitId) {
        return jdbc.sql("select count(*) as used, " + WITHDRAWN
                        + " as withdrawn from enrolment where course_id = ? and quota_unit_id = ? and " + USES_QUOTA)
                .params(courseId, unitId)
                .query((rs, n) ->
                        new QuotaRow(unitId, places(courseId, unitId), rs.getInt("used"), rs.getInt("withdrawn")))
                .single();
    }

    List<QuotaRow> ofCourse(long courseId) {
        return jdbc.sql("""
                        select q.unit_id, q.places, coalesce(u.used, 0) as used, coalesce(u.withdrawn, 0) as withdrawn
                        from unit_quota q
                        left join (select quota_unit_id, count(*) as used, %s as withdrawn from enrolment
                                   where course_id = ? and %s group by quota_unit_id) u on u.quota_unit_id = q.unit_id
                        where q.course_id = ? order by q.unit_id
                        """.formatted(WITHDRAWN, USES_QUOTA))
                .params(courseId, courseId)
                .query((rs, n) -> new QuotaRow(
                        rs.getLong("unit_id"), rs.getInt("places"), rs.getInt("used"), rs.getInt("withdrawn")))
                .list();
    }

    /**
     * Counts the places nobody nominated against the quotas as they are now: called when a quota is set, so that
     * places the organiser made before their unit had places count from then on. Nominations keep their unit.
     */
    void recount(long courseId) {
        jdbc.sql("update enrolment e set quota_unit_id = " + nearestQuotaUnit("e.course_id", "e.cadre_id")
                        + " where e.course_id = ? and not e.nominated")
                .param(courseId)
                .update();
    }
}
