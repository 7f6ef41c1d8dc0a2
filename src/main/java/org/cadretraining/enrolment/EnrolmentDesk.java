package org.cadretraining.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotas, nominations, decisions, substitutes, direct enrolment and the waiting list. Every change that takes or
 * frees a place first locks the course's enrolment row, so concurrent requests are counted one after another and
 * never exceed a quota or the capacity.
 */
@Service
class EnrolmentDesk {

    private static final String HOLDS_PLACE =
            "status in ('NOMINATED', 'APPROVED') and course_role in ('PARTICIPANT', 'GROUP_LEADER')";

    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final OrganisationDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    EnrolmentDesk(
            JdbcClient jdbc,
            CourseCatalog catalog,
            OrganisationDirectory directory,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
    }

    // --- settings and quotas ---

    @Transactional(readOnly = true)
    Optional<LocalDate> deadline(long courseId) {
        return jdbc.sql("select nomination_deadline from course_enrolment where course_id = ?")
                .param(courseId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional()
                .flatMap(d -> d);
    }

    @Transactional
    void setDeadline(long courseId, LocalDate deadline, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        CourseSummary course = course(courseId);
        if (deadline != null && deadline.isAfter(course.startsOn())) {
            throw DomainException.invalid("nominationDeadline", "enrolment.deadline.afterStart");
        }
        lockCourse(courseId);
        jdbc.sql("update course_enrolment set nomination_deadline = ?, version = version + 1 where course_id = ?")
                .params(deadline, courseId)
                .update();
    }

    @Transactional(readOnly = true)
    List<QuotaRow> quotas(long courseId) {
        return jdbc.sql("""
                        select q.unit_id, q.places,
                               (select count(*) from enrolment e where e.course_id = q.course_id
                                  and e.quota_unit_id = q.unit_id
                                  and e.status in ('NOMINATED', 'APPROVED', 'WAITLISTED')) as used
                        from unit_quota q where q.course_id = ? order by q.unit_id
                        """)
                .param(courseId)
                .query((rs, n) -> new QuotaRow(rs.getLong("unit_id"), rs.getInt("places"), rs.getInt("used")))
                .list();
    }

    /** Gives a unit places in a course; all units' places together may not exceed the course's capacity. */
    @Transactional
    QuotaRow allocate(long courseId, long unitId, int places, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        CourseSummary course = course(courseId);
        if (!course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "enrolment.refused.courseClosed");
        }
        if (places < 0) {
            throw DomainException.invalid("places", "enrolment.quota.negative");
        }
        lockCourse(courseId);
        int others = jdbc.sql("select coalesce(sum(places), 0) from unit_quota where course_id = ? and unit_id <> ?")
                .params(courseId, unitId)
                .query(Integer.class)
                .single();
        if (others + places > course.capacity()) {
            throw DomainException.invalid(
                    "places", "enrolment.quota.overCapacity", course.capacity(), course.capacity() - others);
        }
        int used = usedOfQuota(courseId, unitId);
        if (places < used) {
            throw DomainException.invalid("places", "enrolment.quota.belowUsed", used);
        }
        jdbc.sql("""
                        insert into unit_quota (course_id, unit_id, places) values (?, ?, ?)
                        on conflict (course_id, unit_id) do update set places = excluded.places
                        """).params(courseId, unitId, places).update();
        return new QuotaRow(unitId, places, used);
    }

    // --- nominations ---

    /** A unit liaison nominates a cadre of their subtree against their unit's quota, before the deadline. */
    @Transactional
    Enrolment nominate(long courseId, long cadreId, CurrentUser user) {
        long unitId = EnrolmentRights.requireLiaison(user);
        CourseSummary course = course(courseId);
        if (course.status() != CourseStatus.NOMINATIONS_OPEN) {
            throw DomainException.conflict(null, "enrolment.refused.notOpen");
        }
        Optional<LocalDate> deadline = lockCourse(courseId);
        if (deadline.isPresent() && LocalDate.now(clock).isAfter(deadline.get())) {
            throw DomainException.conflict(null, "enrolment.refused.pastDeadline", deadline.get());
        }
        return nominateLocked(course, cadreId, unitId, null, user);
    }

    /** A liaison refills a rejected or withdrawn place of their unit with another cadre. */
    @Transactional
    Enrolment substitute(long enrolmentId, long cadreId, CurrentUser user) {
        Enrolment freed = find(enrolmentId);
        EnrolmentRights.requireActsForQuota(user, freed);
        if (!freed.status().freed() || freed.quotaUnitId() == null) {
            throw DomainException.conflict(null, "enrolment.substitute.notFreed");
        }
        CourseSummary course = course(freed.courseId());
        if (course.status() != CourseStatus.NOMINATIONS_OPEN && course.status() != CourseStatus.NOMINATIONS_CLOSED) {
            throw DomainException.conflict(null, "enrolment.refused.notOpen");
        }
        lockCourse(course.id());
        boolean replaced = jdbc.sql("select count(*) from enrolment where replaces_id = ?")
                        .param(enrolmentId)
                        .query(Long.class)
                        .single()
                > 0;
        if (replaced) {
            throw DomainException.conflict(null, "enrolment.substitute.alreadyReplaced");
        }
        return nominateLocked(course, cadreId, freed.quotaUnitId(), enrolmentId, user);
    }

    private Enrolment nominateLocked(
            CourseSummary course, long cadreId, long unitId, Long replacesId, CurrentUser user) {
        if (directory.cadre(cadreId).isEmpty()) {
            throw DomainException.invalid("cadreId", "enrolment.cadre.unknown");
        }
        if (!directory.isCadreWithinUnit(cadreId, unitId)) {
            throw DomainException.invalid("cadreId", "enrolment.cadre.outsideUnit");
        }
        refuseIfEnrolledOrOverlapping(course, cadreId);
        int places = jdbc.sql("select places from unit_quota where course_id = ? and unit_id = ?")
                .params(course.id(), unitId)
                .query(Integer.class)
                .optional()
                .orElse(0);
        if (usedOfQuota(course.id(), unitId) >= places) {
            throw DomainException.conflict("cadreId", "enrolment.refused.quotaFull", places);
        }
        EnrolmentStatus status =
                placesTaken(course.id()) < course.capacity() ? EnrolmentStatus.NOMINATED : EnrolmentStatus.WAITLISTED;
        return insert(course.id(), cadreId, unitId, status, CourseRole.PARTICIPANT, replacesId, user);
    }

    // --- the organiser's decisions ---

    @Transactional
    Enrolment approve(long enrolmentId, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        Enrolment enrolment = find(enrolmentId);
        lockCourse(enrolment.courseId());
        enrolment = find(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.NOMINATED) {
            throw DomainException.conflict(null, "enrolment.decision.notNominated");
        }
        decide(enrolment, EnrolmentStatus.APPROVED, null, user);
        return find(enrolmentId);
    }

    @Transactional
    Enrolment reject(long enrolmentId, String reason, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "enrolment.reject.reasonRequired");
        }
        Enrolment enrolment = find(enrolmentId);
        lockCourse(enrolment.courseId());
        enrolment = find(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.NOMINATED && enrolment.status() != EnrolmentStatus.WAITLISTED) {
            throw DomainException.conflict(null, "enrolment.decision.notNominated");
        }
        decide(enrolment, EnrolmentStatus.REJECTED, reason.strip(), user);
        promote(course(enrolment.courseId()));
        return find(enrolmentId);
    }

    /** The liaison of the place's unit, or the organiser, gives up a place; the waiting list moves up. */
    @Transactional
    Enrolment withdraw(long enrolmentId, CurrentUser user) {
        Enrolment enrolment = find(enrolmentId);
        if (!user.actsForInstitution()) {
            EnrolmentRights.requireActsForQuota(user, enrolment);
        }
        lockCourse(enrolment.courseId());
        enrolment = find(enrolmentId);
        if (!enrolment.status().live()) {
            throw DomainException.conflict(null, "enrolment.withdraw.notLive");
        }
        decide(enrolment, EnrolmentStatus.WITHDRAWN, null, user);
        promote(course(enrolment.courseId()));
        return find(enrolmentId);
    }

    /**
     * The organiser enrols a cadre without a nomination. Participants beyond the capacity go on the waiting list;
     * leaders, class teachers and staff take no place.
     */
    @Transactional
    Enrolment enrolDirectly(long courseId, long cadreId, CourseRole role, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        CourseSummary course = course(courseId);
        if (!course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "enrolment.refused.courseClosed");
        }
        if (directory.cadre(cadreId).isEmpty()) {
            throw DomainException.invalid("cadreId", "enrolment.cadre.unknown");
        }
        lockCourse(courseId);
        refuseIfEnrolledOrOverlapping(course, cadreId);
        CourseRole asRole = role == null ? CourseRole.PARTICIPANT : role;
        EnrolmentStatus status = !asRole.takesPlace() || placesTaken(courseId) < course.capacity()
                ? EnrolmentStatus.APPROVED
                : EnrolmentStatus.WAITLISTED;
        return insert(courseId, cadreId, null, status, asRole, null, user);
    }

    @Transactional
    Enrolment changeRole(long enrolmentId, CourseRole role, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        Enrolment enrolment = find(enrolmentId);
        CourseSummary course = course(enrolment.courseId());
        lockCourse(course.id());
        enrolment = find(enrolmentId);
        if (!enrolment.status().live()) {
            throw DomainException.conflict("role", "enrolment.withdraw.notLive");
        }
        boolean needsPlace = role.takesPlace() && !enrolment.role().takesPlace();
        if (needsPlace
                && enrolment.status() != EnrolmentStatus.WAITLISTED
                && placesTaken(course.id()) >= course.capacity()) {
            throw DomainException.conflict("role", "enrolment.role.noPlace");
        }
        jdbc.sql("update enrolment set course_role = ? where id = ?")
                .params(role.name(), enrolmentId)
                .update();
        promote(course);
        return find(enrolmentId);
    }

    /** A cancelled course's places all lapse; nobody is promoted. */
    @Transactional
    void cancelCourse(long courseId) {
        lockCourse(courseId);
        jdbc.sql("update enrolment set status = 'CANCELLED' where course_id = ? and status in "
                        + "('NOMINATED', 'APPROVED', 'WAITLISTED')")
                .param(courseId)
                .update();
    }

    // --- reading ---

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

    @Transactional(readOnly = true)
    List<Enrolment> ofCadre(long cadreId) {
        return jdbc.sql("select " + Enrolment.COLUMNS + " from enrolment where cadre_id = ? "
                        + "and status in ('NOMINATED', 'APPROVED', 'WAITLISTED') order by id")
                .param(cadreId)
                .query(Enrolment::map)
                .list();
    }

    @Transactional(readOnly = true)
    int placesTaken(long courseId) {
        return jdbc.sql("select count(*) from enrolment where course_id = ? and " + HOLDS_PLACE)
                .param(courseId)
                .query(Integer.class)
                .single();
    }

    CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("enrolment.course.notFound"));
    }

    // --- internals ---

    /** Creates the course's enrolment row if needed and locks it until the transaction ends. */
    private Optional<LocalDate> lockCourse(long courseId) {
        jdbc.sql("insert into course_enrolment (course_id) values (?) on conflict do nothing")
                .param(courseId)
                .update();
        return jdbc.sql("select nomination_deadline from course_enrolment where course_id = ? for update")
                .param(courseId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    private int usedOfQuota(long courseId, long unitId) {
        return jdbc.sql("select count(*) from enrolment where course_id = ? and quota_unit_id = ? "
                        + "and status in ('NOMINATED', 'APPROVED', 'WAITLISTED')")
                .params(courseId, unitId)
                .query(Integer.class)
                .single();
    }

    private void refuseIfEnrolledOrOverlapping(CourseSummary course, long cadreId) {
        for (Enrolment other : ofCadre(cadreId)) {
            if (other.courseId() == course.id()) {
                throw DomainException.conflict("cadreId", "enrolment.refused.alreadyEnrolled");
            }
            Optional<CourseSummary> clash = catalog.course(other.courseId())
                    .filter(o -> o.status() != CourseStatus.CANCELLED)
                    .filter(o -> !o.startsOn().isAfter(course.endsOn())
                            && !o.endsOn().isBefore(course.startsOn()));
            if (clash.isPresent()) {
                throw DomainException.conflict(
                        "cadreId",
                        "enrolment.refused.overlap",
                        new TitleArgument(clash.get().title()),
                        clash.get().startsOn(),
                        clash.get().endsOn());
            }
        }
    }

    private Enrolment insert(
            long courseId,
            long cadreId,
            Long unitId,
            EnrolmentStatus status,
            CourseRole role,
            Long replacesId,
            CurrentUser user) {
        var now = clock.instant();
        long id = jdbc.sql("""
                        insert into enrolment (course_id, cadre_id, quota_unit_id, status, course_role, replaces_id,
                                               created_at, created_by, waitlisted_at)
                        values (:course, :cadre, :unit, :status, :role, :replaces, :now, :by, :waitlisted)
                        returning id
                        """)
                .param("course", courseId)
                .param("cadre", cadreId)
                .param("unit", unitId)
                .param("status", status.name())
                .param("role", role.name())
                .param("replaces", replacesId)
                .param("now", java.sql.Timestamp.from(now))
                .param("by", user.username())
                .param("waitlisted", status == EnrolmentStatus.WAITLISTED ? java.sql.Timestamp.from(now) : null)
                .query(Long.class)
                .single();
        return find(id);
    }

    private void decide(Enrolment enrolment, EnrolmentStatus status, String reason, CurrentUser user) {
        jdbc.sql("update enrolment set status = ?, reason = ?, decided_at = ?, decided_by = ? where id = ?")
                .params(
                        status.name(),
                        reason,
                        java.sql.Timestamp.from(clock.instant()),
                        user.username(),
                        enrolment.id())
                .update();
    }

    /**
     * Fills free places from the waiting list, first come first served. A promoted nomination still awaits the
     * organiser's approval; a promoted direct enrolment is approved. The cadre is told in the application.
     */
    private void promote(CourseSummary course) {
        int free = course.capacity() - placesTaken(course.id());
        if (free <= 0 || course.status() == CourseStatus.CANCELLED) {
            return;
        }
        for (Enrolment waiting : waitingList(course.id()).stream().limit(free).toList()) {
            EnrolmentStatus status = waiting.nominated() ? EnrolmentStatus.NOMINATED : EnrolmentStatus.APPROVED;
            jdbc.sql("update enrolment set status = ? where id = ?")
                    .params(status.name(), waiting.id())
                    .update();
            jdbc.sql("""
                            insert into notification (cadre_id, course_id, message_key, created_at)
                            values (?, ?, 'enrolment.notification.promoted', ?)
                            """)
                    .params(waiting.cadreId(), course.id(), java.sql.Timestamp.from(clock.instant()))
                    .update();
            events.publishEvent(new EnrolmentPromoted(waiting.id(), course.id(), waiting.cadreId()));
        }
    }
}
