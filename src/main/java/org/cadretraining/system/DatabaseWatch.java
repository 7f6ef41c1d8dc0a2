package org.cadretraining.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Asks the database every {@code app.database-watch.interval} whether it answers. When it stops, the application
 * refuses traffic (readiness DOWN, every page and API call a 503 at once, see {@link DatabaseOutageFilter}); when it
 * answers again, traffic is accepted again by itself. When the database was the embedded one and its server has
 * died, the application exits with status {@value #EMBEDDED_SERVER_DIED} so that its supervisor starts it again
 * (a start stops what was left behind and finds the data as it was).
 */
@Component
class DatabaseWatch {

    static final int EMBEDDED_SERVER_DIED = 70;
    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);
    private static final int VALIDATION_SECONDS = 2;

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostmaster> embedded;
    private final ConfigurableApplicationContext context;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("database-watch").daemon(true).factory());
    private final AtomicReference<CompletableFuture<Void>> inFlight = new AtomicReference<>();
    private volatile boolean down;
    private volatile boolean closing;

    DatabaseWatch(
            DataSource dataSource,
            ObjectProvider<EmbeddedPostmaster> embedded,
            ConfigurableApplicationContext context,
            @Value("${app.database-watch.interval:2s}") Duration interval) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.context = context;
        this.interval = interval;
    }

    /** Whether the database was found not answering and has not answered since. */
    boolean down() {
        return down;
    }

    /**
     * Whether the database answers now, for a request that met a failure: it shares a check already under way
     * instead of starting a second one, so that it waits at most one pool timeout.
     */
    boolean reachableNow() {
        CompletableFuture<Void> round = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.compareAndExchange(null, round);
        if (running != null) {
            running.join();
            return !down;
        }
        try {
            check();
        } finally {
            inFlight.set(null);
            round.complete(null);
        }
        return !down;
    }

    /** A request met a broken connection: the next round comes now, without making the request wait for it. */
    void nudge() {
        if (!closing) {
            timer.execute(this::reachableNow);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.scheduleWithFixedDelay(
                this::reachableNow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        closing = true;
        timer.shutdownNow();
    }

    private void check() {
        if (closing) {
            return;
        }
        boolean answers;
        try (Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(VALIDATION_SECONDS);
        } catch (SQLTransientConnectionException e) {
            // the pool gives up after its timeout: with a reason when connections fail, without one when every
            // connection is merely in use (a busy database that answers is not down)
            answers = e.getCause() == null;
        } catch (SQLException | RuntimeException e) {
            answers = false;
        }
        if (!answers && !down) {
            down = true;
            log.error("The database does not answer: refusing traffic (readiness DOWN, 503) until it does");
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        } else if (answers && down) {
            down = false;
            log.info("The database answers again: accepting traffic");
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        if (!answers) {
            embedded.ifAvailable(this::exitWhenDead);
        }
    }

    private void exitWhenDead(EmbeddedPostmaster postmaster) {
        if (postmaster.alive() || closing) {
            return;
        }
        closing = true;
        log.error(
                "The embedded PostgreSQL (process {}) has stopped; the application exits with status {} so that its"
                        + " supervisor starts it again",
                postmaster.pid(),
                EMBEDDED_SERVER_DIED);
        // not a daemon (as the watch's own thread is): the JVM would otherwise end with 0 once the context is closed
        Thread.ofPlatform()
                .daemon(false)
                .name("exit-after-database-loss")
                .start(() -> System.exit(SpringApplication.exit(context, () -> EMBEDDED_SERVER_DIED)));
    }

    /** Whether an exception says that the database could not be reached, rather than that a statement was wrong. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException && cause.getCause() == null) {
                return false; // every connection in use: busy, not unreachable
            }
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or not yet accepting
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
