package org.cadretraining.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.EnrolmentStore.NewPlace;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Nominations (调训) by unit liaisons within their unit's quota, substitutes, and the organiser's decisions. */
@Service
class Nominations {

    private final EnrolmentStore store;
    private final Clashes clashes;
    private final WaitingList waitingList;
    private final OrganisationDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final QuotaUse quotaUse;

    Nominations(
            EnrolmentStore store,
            Clashes clashes,
            WaitingList waitingList,
            OrganisationDirectory directory,
            JdbcClient jdbc,
            Clock clock,
            QuotaUse quotaUse) {
        this.quotaUse = quotaUse;
        this.store = store;
        this.clashes = clashes;
        this.waitingList = waitingList;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A unit liaison nominates a cadre of their subtree against their unit's quota, before the deadline. */
    @Transactional
    Enrolment nominate(long courseId, long cadreId, CurrentUser user) {
        long unitId = EnrolmentRights.requireLiaison(user);
        CourseSummary course = openForNominations(courseId);
        return nominateLocked(course, cadreId, unitId, null, user);
    }

    /**
     * Checks that the course takes nominations today and locks it. Past the deadline nobody nominates; the deadline
     * is read under the lock so that a change to it is seen.
     */
    CourseSummary openForNominations(long courseId) {
        CourseSummary course = store.course(courseId);
        if (course.status() != CourseStatus.NOMINATIONS_OPEN) {
            throw DomainException.conflict(null, "enrolment.refused.notOpen");
        }
        Optional<LocalDate> deadline = store.lockCourse(courseId);
        if (deadline.isPresent() && LocalDate.now(clock).isAfter(deadline.get())) {
            throw DomainException.conflict(null, "enrolment.refused.pastDeadline", deadline.get());
        }
        return course;
    }

    /** A liaison refills a rejected or withdrawn place of their unit with another cadre. */
    @Transactional
    Enrolment substitute(long enrolmentId, long cadreId, CurrentUser user) {
        Enrolment freed = store.find(enrolmentId);
        EnrolmentRights.requireActsForQuota(user, freed);
        freed.requireRefillable();
        CourseSummary course = store.course(freed.courseId());
        if (course.status() != CourseStatus.NOMINATIONS_OPEN && course.status() != CourseStatus.NOMINATIONS_CLOSED) {
            throw DomainException.conflict(null, "enrolment.refused.notOpen");
        }
        store.lockCourse(course.id());
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
        clashes.refuseIfAny(course, cadreId);
        QuotaRow quota = quotaUse.of(course.id(), unitId);
        if (quota.remaining() == 0) {
            throw DomainException.conflict("cadreId", "enrolment.refused.quotaFull", quota.places());
        }
        EnrolmentStatus status = store.placesTaken(course.id()) < course.capacity()
                ? EnrolmentStatus.NOMINATED
                : EnrolmentStatus.WAITLISTED;
        return store.insert(
                new NewPlace(course.id(), cadreId, unitId, status, CourseRole.PARTICIPANT, replacesId), user);
    }

    @Transactional
    Enrolment approve(long enrolmentId, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        store.lockCourse(store.find(enrolmentId).courseId());
        return store.saveDecision(store.find(enrolmentId).approve(), user);
    }

    @Transactional
    Enrolment reject(long enrolmentId, String reason, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "enrolment.reject.reasonRequired");
        }
        store.lockCourse(store.find(enrolmentId).courseId());
        Enrolment rejected = store.saveDecision(store.find(enrolmentId).reject(reason), user);
        waitingList.promote(store.course(rejected.courseId()));
        return store.find(enrolmentId);
    }
}
