package org.cadretraining.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.cadretraining.shared.DomainException;

/**
 * One cadre's place in a course. Every change of its status goes through a method here that checks the place's
 * own state first and returns the place as it is afterwards; {@link EnrolmentStore} writes it. {@code quotaUnitId}
 * is the unit whose quota the place counts against ({@link QuotaUse}), {@code nominated} whether a liaison
 * nominated it.
 */
record Enrolment(
        long id,
        long courseId,
        long cadreId,
        Long quotaUnitId,
        boolean nominated,
        EnrolmentStatus status,
        CourseRole role,
        Long replacesId,
        String reason,
        Instant decidedAt,
        String decidedBy) {

    static final String COLUMNS = "id, course_id, cadre_id, quota_unit_id, nominated, status, course_role, replaces_id,"
            + " reason, decided_at, decided_by";

    static Enrolment map(ResultSet rs, int row) throws SQLException {
        return new Enrolment(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getLong("cadre_id"),
                rs.getObject("quota_unit_id", Long.class),
                rs.getBoolean("nominated"),
                EnrolmentStatus.valueOf(rs.getString("status")),
                CourseRole.valueOf(rs.getString("course_role")),
                rs.getObject("replaces_id", Long.class),
                rs.getString("reason"),
                rs.getObject("decided_at", OffsetDateTime.class) == null
                        ? null
                        : rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                rs.getString("decided_by"));
    }

    /** The organiser accepts a nomination. */
    Enrolment approve() {
        if (status != EnrolmentStatus.NOMINATED) {
            throw DomainException.conflict(null, "enrolment.decision.notNominated");
        }
        return withStatus(EnrolmentStatus.APPROVED, reason);
    }

    /** The organiser turns down a nomination or a waiting place, saying why. */
    Enrolment reject(String why) {
        String given = reasonGiven(why, "enrolment.reject.reasonRequired");
        if (status != EnrolmentStatus.NOMINATED && status != EnrolmentStatus.WAITLISTED) {
            throw DomainException.conflict(null, "enrolment.decision.notNominated");
        }
        return withStatus(EnrolmentStatus.REJECTED, given);
    }

    /** The trainee is withdrawn from the course by its rules (退学), saying why: only a place in the course can be. */
    Enrolment discontinue(String why) {
        String given = reasonGiven(why, "enrolment.discontinue.reasonRequired");
        if (status != EnrolmentStatus.NOMINATED && status != EnrolmentStatus.APPROVED) {
            throw DomainException.conflict(null, "enrolment.withdraw.notLive");
        }
        return withStatus(EnrolmentStatus.DISCONTINUED, given);
    }

    /** The place is given up; only a live place can be. */
    Enrolment withdraw() {
        if (!status.live()) {
            throw DomainException.conflict(null, "enrolment.withdraw.notLive");
        }
        return withStatus(EnrolmentStatus.WITHDRAWN, reason);
    }

    /**
     * The place is handed to another cadre of the same unit (调换), saying why: only a place in the course (nominated
     * or approved) can be; a waiting one is withdrawn instead.
     */
    Enrolment handedOver(String why) {
        String given = reasonGiven(why, "enrolment.replace.reasonRequired");
        if (status != EnrolmentStatus.NOMINATED && status != EnrolmentStatus.APPROVED) {
            throw DomainException.conflict(null, "enrolment.replace.notInCourse");
        }
        return withStatus(EnrolmentStatus.WITHDRAWN, given);
    }

    /** A waiting place moves into the course: a nomination still awaits approval, a direct enrolment is approved. */
    Enrolment promote() {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw DomainException.conflict(null, "enrolment.promote.notWaiting");
        }
        return withStatus(nominated() ? EnrolmentStatus.NOMINATED : EnrolmentStatus.APPROVED, reason);
    }

    /** A live place takes another role in the course. */
    Enrolment playing(CourseRole newRole) {
        if (!status.live()) {
            throw DomainException.conflict("role", "enrolment.withdraw.notLive");
        }
        return new Enrolment(
                id,
                courseId,
                cadreId,
                quotaUnitId,
                nominated,
                status,
                newRole,
                replacesId,
                reason,
                decidedAt,
                decidedBy);
    }

    /** Whether a freed place of a unit may be refilled by a substitute. */
    void requireRefillable() {
        if (!status.freed() || quotaUnitId == null) {
            throw DomainException.conflict(null, "enrolment.substitute.notFreed");
        }
    }

    /** The reason a decision must give, stripped; refused with {@code missingKey} when there is none. */
    private static String reasonGiven(String why, String missingKey) {
        if (why == null || why.isBlank()) {
            throw DomainException.invalid("reason", missingKey);
        }
        return why.strip();
    }

    private Enrolment withStatus(EnrolmentStatus newStatus, String newReason) {
        return new Enrolment(
                id,
                courseId,
                cadreId,
                quotaUnitId,
                nominated,
                newStatus,
                role,
                replacesId,
                newReason,
                decidedAt,
                decidedBy);
    }
}
