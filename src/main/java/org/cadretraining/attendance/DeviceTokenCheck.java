package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cadretraining.account.Accounts;
import org.cadretraining.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a staff device's token counts now: genuine, for the course, not expired, its grant not revoked, and its
 * holder's account enabled and still running the course's check-in. Read from the database on every use (two
 * small queries, no state kept in this node), so a revocation, a disabled holder or a lost role stops the device
 * at once on every node.
 */
@Component
class DeviceTokenCheck {

    private static final Logger log = LoggerFactory.getLogger(DeviceTokenCheck.class);
    /** Writing "last used" once a minute is enough to read it, and spares a write per batch. */
    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    private final DeviceGrants grants;
    private final CheckInCodes codes;
    private final Accounts accounts;
    private final AttendanceRights rights;
    private final JdbcClient jdbc;
    private final Clock clock;

    DeviceTokenCheck(
            DeviceGrants grants,
            CheckInCodes codes,
            Accounts accounts,
            AttendanceRights rights,
            JdbcClient jdbc,
            Clock clock) {
        this.grants = grants;
        this.codes = codes;
        this.accounts = accounts;
        this.rights = rights;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The grant of the bearer token sent for the course, checked as it stands now. Its reads run on one connection:
     * two hundred devices sending at once would otherwise queue for the pool once per read.
     */
    @Transactional
    DeviceGrants.Use use(String authorization, long courseId) {
        Optional<CheckInCodes.DeviceClaim> claim =
                CheckInCodes.bearer(authorization).flatMap(token -> codes.deviceClaim(token, courseId));
        if (claim.isEmpty()) {
            return new DeviceGrants.Use(null, CheckInRefusal.INVALID);
        }
        Instant now = clock.instant();
        if (!now.isBefore(claim.get().expiresAt())) {
            return new DeviceGrants.Use(null, CheckInRefusal.EXPIRED);
        }
        Optional<DeviceGrants.Row> row = grants.row(claim.get().grantId()).filter(r -> r.courseId() == courseId);
        if (row.isEmpty()) {
            return new DeviceGrants.Use(null, CheckInRefusal.INVALID);
        }
        Optional<CurrentUser> holder = accounts.standing(row.get().accountId());
        if (row.get().revoked() || holder.isEmpty() || !rights.runsCheckIn(courseId, holder.get())) {
            log.warn(
                    "Device grant {} of course {} refused: revoked, holder disabled or no longer runs the check-in",
                    row.get().id(),
                    courseId);
            return new DeviceGrants.Use(null, CheckInRefusal.REVOKED);
        }
        Instant lastUsed = row.get().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USED_STEP))) {
            jdbc.sql("""
                            update attendance_device_grant set last_used_at = ?
                            where id = ? and (last_used_at is null or last_used_at < ?)
                            """)
                    .params(Timestamp.from(now), row.get().id(), Timestamp.from(now.minus(LAST_USED_STEP)))
                    .update();
        }
        return new DeviceGrants.Use(
                new DeviceGrant(
                        row.get().id(),
                        courseId,
                        holder.get(),
                        row.get().issuedAt(),
                        claim.get().expiresAt()),
                null);
    }
}
