package org.cadretraining.account;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many sign-ins may be tried, counted in token buckets (Bucket4j) kept in PostgreSQL so that every node counts
 * the same attempts. An attempt for a username at an address takes a token before its password is checked, in one
 * locked step, so parallel guesses cannot all run before the limit; a successful sign-in starts that pair afresh, so
 * only failures count. The address's own bucket is only looked at before the check and takes a token for each
 * failure: a room of trainees behind one address (the venue's network) signing in at the same moment never uses it up,
 * however many are in flight at once.
 *
 * <ul>
 *   <li>per username and client address: a delay that grows with the failures (5 at once, then one every 12 s up to
 *       10 an hour, then one every 6 min up to 20 a day, then one every 72 min). Someone guessing elsewhere never
 *       delays the real user at their own address, and nobody is locked out.
 *   <li>per client address, whatever the usernames: {@code app.sign-in.address-failures} within
 *       {@code app.sign-in.address-window}, against spraying one password over many usernames.
 *   <li>per username, from all addresses: {@code app.sign-in.alert-failures} within {@code app.sign-in.alert-window}
 *       raise a notice for the administrators ({@link SignInAlerts}); the account stays open.
 * </ul>
 *
 * Buckets are keyed by what the user typed, whether or not such an account exists, so the answers tell nothing about
 * which usernames exist.
 */
@Component
class SignInLimits {

    private static final BucketConfiguration PER_USERNAME_AND_ADDRESS = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(1)))
            .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofHours(1)))
            .addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofDays(1)))
            .build();

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perUsername;

    SignInLimits(
            DataSource dataSource,
            JdbcClient jdbc,
            Clock clock,
            @Value("${app.sign-in.address-failures:30}") int addressFailures,
            @Value("${app.sign-in.address-window:30m}") Duration addressWindow,
            @Value("${app.sign-in.alert-failures:20}") int alertFailures,
            @Value("${app.sign-in.alert-window:1h}") Duration alertWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .clientClock(timeOf(clock))
                .build();
        this.perAddress = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(addressFailures).refillGreedy(addressFailures, addressWindow))
                .build();
        this.perUsername = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(alertFailures).refillGreedy(alertFailures, alertWindow))
                .build();
    }

    /**
     * Takes a token of this username at this address for one attempt; false when the pair must wait, or when this
     * address has failed too often lately.
     */
    boolean admit(String username, String address) {
        return addressBucket(address).getAvailableTokens() > 0
                && pairBucket(username, address).tryConsume(1);
    }

    /** The attempt was right: this username at this address starts afresh. */
    void succeeded(String username, String address) {
        pairBucket(username, address).reset();
    }

    /** The attempt was refused after its check (a disabled account): it counts against the address. */
    void refused(String address) {
        addressBucket(address).tryConsume(1);
    }

    /**
     * The password was wrong: a failure of the address, and true exactly once, when this failure empties the
     * username's bucket over all addresses.
     */
    boolean failedAndCrossedAlertLine(String username, String address) {
        refused(address);
        ConsumptionProbe probe = buckets.builder()
                .build(key("username", normalised(username)), () -> perUsername)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() && probe.getRemainingTokens() == 0;
    }

    /**
     * Buckets refilled to the top carry nothing worth keeping. Swept with the application's clock, the one their
     * expiry was written with (Bucket4j's own sweep reads the system's); a bucket in use meanwhile has a later expiry
     * once its lock is released, and PostgreSQL checks the condition again before it deletes.
     */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    // once in ten minutes across all nodes: a second node within five minutes skips it
    @SchedulerLock(name = "sign-in-buckets-swept", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
    void removeFullBuckets() {
        jdbc.sql("delete from sign_in_bucket where expires_at < ?")
                .param(clock.millis())
                .update();
    }

    private BucketProxy pairBucket(String username, String address) {
        return buckets.builder().build(key("pair", normalised(username) + "\n" + address), PER_USERNAME_AND_ADDRESS);
    }

    private BucketProxy addressBucket(String address) {
        return buckets.builder().build(key("address", address), () -> perAddress);
    }

    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String key(String kind, String value) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((kind + "\n" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Bucket4j's time from the application's clock, so that tests can move it. */
    private static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
