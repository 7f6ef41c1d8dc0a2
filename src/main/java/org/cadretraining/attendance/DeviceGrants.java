package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff devices' grants: a token is short-lived and names its grant; the grant, kept in the database, says who
 * holds it, since when (a renewed token keeps the start of the chain, so a device that was offline still sends what
 * it queued), and whether it was revoked. Issued, renewed, listed and revoked here; each use is checked by
 * {@link DeviceTokenCheck}.
 */
@Component
class DeviceGrants {

    /** A token handed to a device, and until when it holds. */
    record Issued(long grantId, String token, Instant expiresAt) {}

    /** A use of a token: the grant it stands for, or why it does not count. */
    record Use(DeviceGrant grant, CheckInRefusal refusal) {
        boolean granted() {
            return grant != null;
        }
    }

    /** A grant as kept. */
    record Row(
            long id,
            long courseId,
            long accountId,
            Instant issuedAt,
            Instant expiresAt,
            boolean revoked,
            Instant lastUsedAt) {}

    private final JdbcClient jdbc;
    private final CheckInCodes codes;
    private final AttendanceRights rights;
    private final Clock clock;
    private final Duration lifetime;

    DeviceGrants(
            JdbcClient jdbc,
            CheckInCodes codes,
            AttendanceRights rights,
            Clock clock,
            @Value("${app.attendance.device-token-lifetime:PT2H}") Duration lifetime) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.rights = rights;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new grant for the signed-in person, who runs the course's check-in, and its first token. */
    @Transactional
    Issued issue(long courseId, CurrentUser holder) {
        rights.requireRunsCheckIn(courseId, holder);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        long id = jdbc.sql("""
                        insert into attendance_device_grant (course_id, account_id, username, cadre_id, institution,
                                                             issued_at, renewed_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        courseId,
                        holder.accountId(),
                        holder.username(),
                        holder.cadreId(),
                        holder.actsForInstitution(),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        Timestamp.from(expires))
                .query(Long.class)
                .single();
        return new Issued(id, codes.deviceToken(courseId, id, expires), expires);
    }

    /**
     * A fresh token of the same grant, when the signed-in person holds it (also after its token expired offline: the
     * signed-in session shows the holder is there); refused when that grant was revoked; otherwise a new grant.
     */
    @Transactional
    Issued renew(long courseId, String token, CurrentUser holder) {
        rights.requireRunsCheckIn(courseId, holder);
        Optional<Row> held = codes.deviceClaim(token, courseId)
                .flatMap(claim -> row(claim.grantId()))
                .filter(row -> row.courseId() == courseId && row.accountId() == holder.accountId());
        if (held.isPresent() && held.get().revoked()) {
            // a revoked device is not quietly given a new grant: its holder reopens the page for one
            throw new DomainException(DomainException.Kind.FORBIDDEN, CheckInRefusal.REVOKED.messageKey(), null);
        }
        if (held.isEmpty()) {
            return issue(courseId, holder);
        }
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        jdbc.sql("update attendance_device_grant set renewed_at = ?, expires_at = ? where id = ?")
                .params(Timestamp.from(now), Timestamp.from(expires), held.get().id())
                .update();
        return new Issued(
                held.get().id(), codes.deviceToken(courseId, held.get().id(), expires), expires);
    }

    /** The course's grants, the latest first. */
    List<DeviceGrantLine> of(long courseId) {
        return jdbc.sql("""
                        select id, username, issued_at, renewed_at, expires_at, last_used_at, revoked_at, revoked_by
                        from attendance_device_grant where course_id = ? order by id desc
                        """)
                .param(courseId)
                .query((rs, n) -> new DeviceGrantLine(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7)),
                        rs.getString(8),
                        clock.instant()))
                .list();
    }

    /** Revokes a grant of the course: its tokens stop working at once. Revoking twice changes nothing. */
    @Transactional
    void revoke(long courseId, long grantId, CurrentUser by) {
        Row row = row(grantId)
                .filter(r -> r.courseId() == courseId)
                .orElseThrow(() -> DomainException.notFound("attendance.grant.notFound"));
        if (!by.actsForInstitution() && row.accountId() != by.accountId()) {
            throw DomainException.forbidden();
        }
        jdbc.sql("""
                        update attendance_device_grant set revoked_at = ?, revoked_by = ?
                        where id = ? and revoked_at is null
                        """)
                .params(Timestamp.from(clock.instant()), by.username(), grantId)
                .update();
    }

    Optional<Row> row(long grantId) {
        return jdbc.sql("""
                        select id, course_id, account_id, issued_at, expires_at, revoked_at is not null, last_used_at
                        from attendance_device_grant where id = ?
                        """)
                .param(grantId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
