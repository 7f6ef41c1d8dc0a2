package org.cadretraining.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each failed sign-in is recorded (username as typed, client address, moment); an account that sees many failures
 * from anywhere raises a notice the administrators see on the accounts page. Nothing is locked.
 */
@Component
class SignInAlerts {

    private static final Logger log = LoggerFactory.getLogger(SignInAlerts.class);
    private static final Duration SHOWN_FOR = Duration.ofDays(7);
    private static final Duration FAILURES_KEPT = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Alert(String username, Instant raisedAt, int failures, int addresses) {}

    void failed(String username, String address, boolean raiseAlert) {
        Instant now = clock.instant();
        jdbc.sql("insert into login_failure (username, remote_address, failed_at) values (?, ?, ?)")
                .params(truncate(username, 64), truncate(address, 64), Timestamp.from(now))
                .update();
        if (raiseAlert) {
            raise(truncate(username, 64), now);
        }
    }

    private void raise(String username, Instant now) {
        jdbc.sql("""
                        insert into sign_in_alert (username, raised_at, failures, addresses)
                        select ?, ?, count(*), count(distinct remote_address)
                          from login_failure where lower(username) = lower(?) and failed_at > ?
                        on conflict (username) do update
                           set raised_at = excluded.raised_at, failures = excluded.failures,
                               addresses = excluded.addresses
                        """)
                .params(username, Timestamp.from(now), username, Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        // no username or address in the log: the administrators' page and the login_failure table show them
        log.warn("An account saw many failed sign-ins; the administrators are told on the accounts page");
    }

    List<Alert> recent() {
        return jdbc.sql("select username, raised_at, failures, addresses from sign_in_alert where raised_at > ?"
                        + " order by raised_at desc limit 20")
                .param(Timestamp.from(clock.instant().minus(SHOWN_FOR)))
                .query((rs, row) ->
                        new Alert(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    // once an hour across all nodes: a second node within the half hour skips it
    @SchedulerLock(name = "sign-in-failures-forgotten", lockAtLeastFor = "PT30M", lockAtMostFor = "PT1H")
    void forgetOldFailures() {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where failed_at < ?")
                .param(Timestamp.from(now.minus(FAILURES_KEPT)))
                .update();
        jdbc.sql("delete from sign_in_alert where raised_at < ?")
                .param(Timestamp.from(now.minus(SHOWN_FOR)))
                .update();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
