package org.cadretraining.attendance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cadretraining.account.Accounts;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a staff device's token counts now: genuine, for the course, not expired, its grant not revoked, and its
 * holder's account enabled and still running the course's check-in. A burst of scans is let through on the grant,
 * holder and place this node keeps ({@link KeptFacts}); the writer judges the scans again from the database when
 * any of them changed since, on any node ({@link #standsNow}), so a revocation, a disabled holder or a lost role
 * stops the device at once everywhere. A refusal is always judged on the database itself.
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
    private final TraineeRoster roster;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final KeptFacts<Long, Optional<DeviceGrants.Row>> rows;
    private final KeptFacts<Long, Optional<CurrentUser>> holders;
    /**
     * Tokens found genuine lately, by course and token: a device sends its token with every batch, and its signature
     * says the same for as long as the keys do (which every node reads again each minute, {@link SigningKeys}); only
     * genuine tokens are kept, so a forged one costs its check every time.
     */
    private final Cache<String, CheckInCodes.DeviceClaim> genuine = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();
    /** When this node last wrote a grant's "last used": only how often it writes, never what anyone is shown. */
    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();

    DeviceTokenCheck(
            DeviceGrants grants,
            CheckInCodes codes,
            Accounts accounts,
            AttendanceRights rights,
            TraineeRoster roster,
            JdbcClient jdbc,
            Clock clock,
            CheckInFactsVersion version) {
        this.grants = grants;
        this.codes = codes;
        this.accounts = accounts;
        this.rights = rights;
        this.roster = roster;
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = new KeptFacts<>(version, 10_000);
        this.holders = new KeptFacts<>(version, 10_000);
    }

    /** The grant of the bearer token sent for the course, as it stands. */
    DeviceGrants.Use use(String authorization, long courseId) {
        Optional<CheckInCodes.DeviceClaim> claim =
                CheckInCodes.bearer(authorization).flatMap(token -> claim(token, courseId));
        if (claim.isEmpty()) {
            return new DeviceGrants.Use(null, CheckInRefusal.INVALID);
        }
        Instant now = clock.instant();
        if (!now.isBefore(claim.get().expiresAt())) {
            return new DeviceGrants.Use(null, CheckInRefusal.EXPIRED);
        }
        DeviceGrants.Use use = kept(claim.get(), courseId).orElseGet(() -> fromTables(claim.get(), courseId));
        if (use.granted()) {
            touch(use.grant().id(), now);
        }
        return use;
    }

    private Optional<CheckInCodes.DeviceClaim> claim(String token, long courseId) {
        String key = courseId + " " + token;
        CheckInCodes.DeviceClaim known = genuine.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CheckInCodes.DeviceClaim> checked = codes.deviceClaim(token, courseId);
        checked.ifPresent(claim -> genuine.put(key, claim));
        return checked;
    }

    /** Whether the grant still stands, as the database says now: not revoked, its holder enabled and running it. */
    boolean standsNow(DeviceGrant grant) {
        return grants.row(grant.id()).filter(row -> !row.revoked()).isPresent()
                && accounts.standing(grant.holder().accountId())
                        .filter(holder -> rights.runsCheckIn(grant.courseId(), holder))
                        .isPresent();
    }

    /** The grant on the facts this node keeps, when they say it stands (else the database decides). */
    private Optional<DeviceGrants.Use> kept(CheckInCodes.DeviceClaim claim, long courseId) {
        KeptFacts.Kept<Optional<DeviceGrants.Row>> row = rows.get(claim.grantId(), grants::row);
        if (row.value().filter(r -> r.courseId() == courseId && !r.revoked()).isEmpty()) {
            return Optional.empty();
        }
        KeptFacts.Kept<Optional<CurrentUser>> holder =
                holders.get(row.value().get().accountId(), accounts::standing);
        if (holder.value().isEmpty()) {
            return Optional.empty();
        }
        long judgedOn = Math.min(row.version(), holder.version());
        Optional<CourseRole> role = Optional.empty();
        if (holder.value().get().cadreId() != null) {
            KeptFacts.Kept<Optional<CourseRole>> place =
                    roster.kept(courseId, holder.value().get().cadreId());
            role = place.value();
            judgedOn = Math.min(judgedOn, place.version());
        }
        if (!AttendanceRights.runsCheckIn(holder.value().get(), role)) {
            return Optional.empty();
        }
        return Optional.of(
                new DeviceGrants.Use(grant(row.value().get(), holder.value().get(), claim, judgedOn), null));
    }

    private DeviceGrants.Use fromTables(CheckInCodes.DeviceClaim claim, long courseId) {
        Optional<DeviceGrants.Row> row = grants.row(claim.grantId()).filter(r -> r.courseId() == courseId);
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
        return new DeviceGrants.Use(grant(row.get(), holder.get(), claim, StaleJudgements.ON_THE_TABLES), null);
    }

    private static DeviceGrant grant(
            DeviceGrants.Row row, CurrentUser holder, CheckInCodes.DeviceClaim claim, long judgedOn) {
        return new DeviceGrant(row.id(), row.courseId(), holder, row.issuedAt(), claim.expiresAt(), judgedOn);
    }

    private void touch(long grantId, Instant now) {
        Instant written = lastWritten.get(grantId);
        if (written != null && written.isAfter(now.minus(LAST_USED_STEP))) {
            return;
        }
        lastWritten.put(grantId, now);
        jdbc.sql("""
                        update attendance_device_grant set last_used_at = ?
                        where id = ? and (last_used_at is null or last_used_at < ?)
                        """)
                .params(Timestamp.from(now), grantId, Timestamp.from(now.minus(LAST_USED_STEP)))
                .update();
    }
}
