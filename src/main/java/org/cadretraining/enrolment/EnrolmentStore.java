package org.cadretraining.enrolment;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes places. Every change that takes or frees a place first locks the course's enrolment row
 * ({@link #lockCourse}), so concurrent requests are counted one after another and never exceed a quota or the
 * capacity.
 */
@Component
class EnrolmentStore {

    static final String LIVE = "status in ('NOMINATED', 'APPROVED', 'WAITLISTED')";
    static final String HOLDS_PLACE =
            "status in ('NOMINATED', 'APPROVED') and course_role in ('PARTICIPANT', 'GROUP_LEADER')";

    /** A place counts against a quota from the moment it is written, however it is made ({@link QuotaUse}). */
    private static final String INSERT = """
            insert into enrolment (course_id, cadre_id, quota_unit_id, nominated, status, course_role, replaces_id,
                                   created_at, created_by, waitlisted_at)
            values (:course, :cadre, coalesce(:nominatedFor, %s), :nominatedFor is not null, :status, :role,
                    :replaces, :now, :by, :waitlisted)
            """.formatted(QuotaUse.nearestQuotaUnit(":course", ":cadre"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final CourseCatalog catalog;
    private final Clock clock;

    EnrolmentStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CourseCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.catalog = catalog;
        this.clock = clock;
    }

    CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("enrolment.course.notFound"));
    }

    Enrolment find(long id) {
        return jdbc.sql("select " + Enrolment.COLUMNS + " from enrolment where id = ?")
                .param(id)
                .query(Enrolment::map)
                .optional()
                .orElseThrow(() -> DomainException.notFound("enrolment.notFound"));
    }

    @Transactional(readOnly = true)
    List<Enrolment> ofCourse(long courseId) {
        return jdbc.sql("select " + Enrolment.COLUMNS + " from enrolment where course_id = ? "
                        + "order by status = 'WAITLISTED', waitlisted_at nulls first, id")
                .param(courseId)
                .query(Enrolment::map)
                .list();
    }

    @Transactional(readOnly = true)
    List<Enrolment> waitingList(long courseId) {
        return jdbc.sql("select " + Enrolment.COLUMNS + " from enrolment where course_id = ? and status = 'WAITLISTED' "
                        + "order by waitlisted_at, id")
                .param(courseId)
                .query(Enrolment::map)
                .list();
    }

    /** The places a cadre sees as their courses: in, offered, waiting, or withdrawn from (退学). */
    @Transactional(readOnly = true)
    List<Enrolment> ofCadre(long cadreId) {
        return jdbc.sql("select " + Enrolment.COLUMNS + " from enrolment where cadre_id = ? and (" + LIVE
                        + " or status = 'DISCONTINUED') order by id")
                .param(cadreId)
                .query(Enrolment::map)
                .list();
    }

    @Transactional(readOnly = true)
    int placesTaken(long courseId) {
        return count("select count(*) from enrolment where course_id = ? and " + HOLDS_PLACE, courseId);
    }

    int waiting(long courseId) {
        return count("select count(*) from enrolment where course_id = ? and status = 'WAITLISTED'", courseId);
    }

    /** Creates the course's enrolment row if needed and locks it until the transaction ends. */
    Optional<LocalDate> lockCourse(long courseId) {
        jdbc.sql("insert into course_enrolment (course_id) values (?) on conflict do nothing")
                .param(courseId)
                .update();
        return jdbc.sql("select nomination_deadline from course_enrolment where course_id = ? for update")
                .param(courseId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    Enrolment insert(NewPlace place, CurrentUser user) {
        long id = jdbc.sql(INSERT + " returning id")
                .paramSource(parameters(place, user, Timestamp.from(clock.instant())))
                .query(Long.class)
                .single();
        return find(id);
    }

    /** Writes many places with one batched statement, in the order given (the waiting list's order). */
    void insertAll(List<NewPlace> places, CurrentUser user) {
        Timestamp now = Timestamp.from(clock.instant());
        batch.batchUpdate(
                INSERT, places.stream().map(p -> parameters(p, user, now)).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource parameters(NewPlace place, CurrentUser user, Timestamp now) {
        return new MapSqlParameterSource()
                .addValue("course", place.courseId())
                .addValue("cadre", place.cadreId())
                .addValue("nominatedFor", place.nominatedFor(), Types.BIGINT)
                .addValue("status", place.status().name())
                .addValue("role", place.role().name())
                .addValue("replaces", place.replacesId(), Types.BIGINT)
                .addValue("now", now)
                .addValue("by", user.username())
                .addValue("waitlisted", place.status() == EnrolmentStatus.WAITLISTED ? now : null, Types.TIMESTAMP);
    }

    /** Writes a decision (approval, rejection, withdrawal) with who made it and when. */
    Enrolment saveDecision(Enrolment decided, CurrentUser user) {
        return saveDecision(decided, clock.instant(), user.username());
    }

    /** Writes a decision made at {@code at} by {@code by}, as the module that made it recorded them. */
    Enrolment saveDecision(Enrolment decided, Instant at, String by) {
        jdbc.sql("update enrolment set status = ?, reason = ?, decided_at = ?, decided_by = ? where id = ?")
                .params(decided.status().name(), decided.reason(), Timestamp.from(at), by, decided.id())
                .update();
        return find(decided.id());
    }

    /** The cadre's place in the course, when they hold one (nominated or approved). */
    Optional<Enrolment> placeOf(long courseId, long cadreId) {
        return jdbc.sql(
                        "select " + Enrolment.COLUMNS
                                + " from enrolment where course_id = ? and cadre_id = ? and status in ('NOMINATED', 'APPROVED')")
                .params(courseId, cadreId)
                .query(Enrolment::map)
                .optional();
    }

    /** Writes a change that nobody decided on (a promotion from the waiting list, a cancellation, a role). */
    void save(Enrolment changed) {
        jdbc.sql("update enrolment set status = ?, course_role = ? where id = ?")
                .params(changed.status().name(), changed.role().name(), changed.id())
                .update();
    }

    private int count(String sql, long courseId) {
        return jdbc.sql(sql).param(courseId).query(Integer.class).single();
    }

    /**
     * A place about to be written; {@code nominatedFor} is the unit of the liaison who nominates the cadre, null for
     * a place the organiser makes.
     */
    record NewPlace(
            long courseId, long cadreId, Long nominatedFor, EnrolmentStatus status, CourseRole role, Long replacesId) {}
}
