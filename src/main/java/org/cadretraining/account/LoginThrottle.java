package org.cadretraining.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * After {@code app.login.max-failures} wrong passwords for one username within {@code app.login.lock-minutes}, that
 * username is locked until the window has passed. Failures are kept in the database so every node sees them.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${app.login.max-failures:5}") int maxFailures,
            @Value("${app.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    boolean isLocked(String username) {
        return failuresWithinWindow(username) >= maxFailures;
    }

    private int failuresWithinWindow(String username) {
        Instant since = clock.instant().minus(window);
        return jdbc.sql("select count(*) from login_failure where lower(username) = lower(?) and failed_at > ?")
                .params(username, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "";
        jdbc.sql("insert into login_failure (username, remote_address, failed_at) values (?, ?, ?)")
                .params(truncate(username, 64), truncate(address, 64), Timestamp.from(clock.instant()))
                .update();
        if (failuresWithinWindow(username) == maxFailures) {
            // no username or address in the log: the login_failure table keeps them for whoever must look
            log.warn("A username is locked for {} after {} failed sign-ins", window, maxFailures);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_failure where lower(username) = lower(?)")
                .param(event.getAuthentication().getName())
                .update();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
