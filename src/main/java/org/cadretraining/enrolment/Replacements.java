package org.cadretraining.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.EnrolmentStore.NewPlace;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A place changes hands (调换): a cadre who cannot come is replaced by another of the same unit, and the link is
 * kept as for a substitute: the new place replaces the old one, which is withdrawn with the reason, by whom and
 * when. The organiser replaces until the course starts, and while it runs when they say so; a unit's liaison
 * replaces their own unit's places while nominations are open. The newcomer is checked as enrolment checks anyone
 * (clashes, already enrolled, the unit's quota) and takes over the place's status, role, study group and cohort.
 */
@Service
class Replacements {

    /** Who takes the place, why, and whether the organiser means to replace while the course runs. */
    record Request(Long cadreId, String reason, Boolean duringCourse) {

        /** A form that leaves the box unticked sends nothing: that is a no. */
        Request {
            duringCourse = Boolean.TRUE.equals(duringCourse);
        }
    }

    private final EnrolmentStore store;
    private final Nominations nominations;
    private final Clashes clashes;
    private final QuotaUse quotaUse;
    private final OrganisationDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;

    Replacements(
            EnrolmentStore store,
            Nominations nominations,
            Clashes clashes,
            QuotaUse quotaUse,
            OrganisationDirectory directory,
            JdbcClient jdbc,
            Clock clock) {
        this.store = store;
        this.nominations = nominations;
        this.clashes = clashes;
        this.quotaUse = quotaUse;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Everything {@link #replace} checks, without writing: what the confirmation asks about. */
    @Transactional
    Enrolment check(long enrolmentId, Request request, CurrentUser user) {
        Enrolment placed = replace(enrolmentId, request, user);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return placed;
    }

    @Transactional
    Enrolment replace(long enrolmentId, Request request, CurrentUser user) {
        Enrolment old = store.find(enrolmentId);
        CourseSummary course = lockIfAllowed(old, request, user);
        old = store.find(enrolmentId);
        Enrolment handedOver = old.handedOver(request.reason());
        if (request.cadreId() == null || directory.cadre(request.cadreId()).isEmpty()) {
            throw DomainException.invalid("cadreId", "enrolment.cadre.unknown");
        }
        if (!directory.isCadreWithinUnit(request.cadreId(), unitOf(old))) {
            throw DomainException.invalid("cadreId", "enrolment.replace.otherUnit");
        }
        clashes.refuseIfAny(course, request.cadreId());
        store.saveDecision(handedOver, user);
        Enrolment placed = store.insert(
                new NewPlace(
                        course.id(),
                        request.cadreId(),
                        old.nominated() ? old.quotaUnitId() : null,
                        old.status(),
                        old.role(),
                        old.id()),
                user);
        refuseIfAnotherQuotaIsFull(old, placed);
        jdbc.sql("update study_group_member set enrolment_id = ? where enrolment_id = ?")
                .params(placed.id(), old.id())
                .update();
        jdbc.sql("update enrolment_cohort set enrolment_id = ? where enrolment_id = ?")
                .params(placed.id(), old.id())
                .update();
        return placed;
    }

    /** Who a place replaced, why they left, and when and by whom the newcomer was put in. */
    record Replaced(long replacedId, LocalizedText name, String reason, LocalDateTime at, String by) {}

    /** For each place of the course that replaced another (a replacement or a substitute), what it replaced. */
    @Transactional(readOnly = true)
    Map<Long, Replaced> ofCourse(long courseId) {
        return jdbc
                .sql("""
                        select n.id, n.replaces_id, c.name, c.name_en, coalesce(o.reason, '—') as reason, n.created_at, n.created_by
                        from enrolment n join enrolment o on o.id = n.replaces_id join cadre c on c.id = o.cadre_id
                        where n.course_id = ?
                        """)
                .param(courseId)
                .query((rs, row) -> Map.entry(
                        rs.getLong("id"),
                        new Replaced(
                                rs.getLong("replaces_id"),
                                new LocalizedText(rs.getString("name"), rs.getString("name_en")),
                                rs.getString("reason"),
                                LocalDateTime.ofInstant(
                                        rs.getTimestamp("created_at").toInstant(), clock.getZone()),
                                rs.getString("created_by"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The organiser until the course completes, while it runs only when they say so; the place's unit's liaison
     * while nominations are open. Locks the course.
     */
    private CourseSummary lockIfAllowed(Enrolment place, Request request, CurrentUser user) {
        CourseSummary course = store.course(place.courseId());
        if (!user.actsForInstitution()) {
            EnrolmentRights.requireActsForQuota(user, place);
            return nominations.openForNominations(course.id());
        }
        if (!course.status().beforeCompletion() || course.status() == CourseStatus.DRAFT) {
            throw DomainException.conflict(null, "enrolment.refused.courseClosed");
        }
        if (course.hasStarted(LocalDate.now(clock)) && !request.duringCourse()) {
            throw DomainException.conflict("duringCourse", "enrolment.replace.running");
        }
        store.lockCourse(course.id());
        return course;
    }

    /** The unit the newcomer must belong to: the place's quota unit, else the unit of the cadre who held it. */
    private long unitOf(Enrolment place) {
        if (place.quotaUnitId() != null) {
            return place.quotaUnitId();
        }
        return directory.cadre(place.cadreId()).map(CadreSummary::unitId).orElseThrow();
    }

    /** A newcomer of a unit below with places of its own uses that unit's quota, which must have room. */
    private void refuseIfAnotherQuotaIsFull(Enrolment old, Enrolment placed) {
        if (placed.quotaUnitId() == null || placed.quotaUnitId().equals(old.quotaUnitId())) {
            return;
        }
        QuotaRow quota = quotaUse.of(placed.courseId(), placed.quotaUnitId());
        if (quota.used() > quota.places()) {
            throw DomainException.conflict("cadreId", "enrolment.refused.quotaFull", quota.places());
        }
    }
}
