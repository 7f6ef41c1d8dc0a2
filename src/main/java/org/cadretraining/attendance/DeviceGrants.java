package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cadretraining.account.Accounts;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff devices' grants: a token is short-lived and names its grant; the grant, kept in the database, says who
 * holds it, since when (a renewed token keeps the start of the chain, so a device that was offline still sends what
 * it queued), and whether it was revoked. Every use reads the grant and the holder as they stand now (two small
 * queries), so a revocation, a disabled holder or a lost role stops the device at once on every node.
 */
@Component
class DeviceGrants {

    private static final Logger log = LoggerFactory.getLogger(DeviceGrants.class);
    /** Writing "last used" once a minute is enough to read it, and spares a write per batch. */
    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    /** A token handed to a device, and until when it holds. */
    record Issued(long grantId, String token, Instant expiresAt) {}

    /** A use of a token: the grant it stands for, or why it does not count. */
    record Use(DeviceGrant grant, CheckInRefusal refusal) {
        boolean granted() {
            return grant != null;
        }
    }

    private record Row(long id, long courseId, long accountId, Instant issuedAt, Instant expiresAt, boolean revoked) {}

    private final JdbcClient jdbc;
    private final CheckInCodes codes;
    private final Accounts accounts;
    private final AttendanceRights rights;
    private final Clock clock;
    private final Duration lifetime;

    DeviceGrants(
            JdbcClient jdbc,
            CheckInCodes codes,
            Accounts accounts,
            AttendanceRights rights,
            Clock clock,
            @Value("${app.attendance.device-token-lifetime:PT2H}") Duration lifetime) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.accounts = accounts;
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

    /** The grant of the bearer token sent for the course, checked as it stands now. */
    Use use(String authorization, long courseId) {
        Optional<CheckInCodes.DeviceClaim> claim =
                CheckInCodes.bearer(authorization).flatMap(token -> codes.deviceClaim(token, courseId));
        if (claim.isEmpty()) {
            return new Use(null, CheckInRefusal.INVALID);
        }
        Instant now = clock.instant();
        if (!now.isBefore(claim.get().expiresAt())) {
            return new Use(null, CheckInRefusal.EXPIRED);
        }
        Optional<Row> row = row(claim.get().grantId()).filter(r -> r.courseId() == courseId);
        if (row.isEmpty()) {
            return new Use(null, CheckInRefusal.INVALID);
        }
        Optional<CurrentUser> holder = accounts.standing(row.get().accountId());
        if (row.get().revoked() || holder.isEmpty() || !rights.runsCheckIn(courseId, holder.get())) {
            log.warn(
                    "Device grant {} of course {} refused: revoked, holder disabled or no longer runs the check-in",
                    row.get().id(),
                    courseId);
            return new Use(null, CheckInRefusal.REVOKED);
        }
        jdbc.sql("""
                        update attendance_device_grant set last_used_at = ?
                        where id = ? and (last_used_at is null or last_used_at < ?)
                        """)
                .params(Timestamp.from(now), row.get().id(), Timestamp.from(now.minus(LAST_USED_STEP)))
                .update();
        return new Use(
                new DeviceGrant(
                        row.get().id(),
                        courseId,
                        holder.get(),
                        row.get().issuedAt(),
                        claim.get().expiresAt()),
                null);
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

    private Optional<Row> row(long grantId) {
        return jdbc.sql("""
                        select id, course_id, account_id, issued_at, expires_at, revoked_at is not null
                        from attendance_device_grant where id = ?
                        """)
                .param(grantId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)))
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
