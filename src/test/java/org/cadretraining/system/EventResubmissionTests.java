package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event whose listener failed, and one a dead node left unfinished, are handed to the listener again and completed:
 * the first once the resubmission runs, the second once the staleness monitor has found it (every second here) and
 * the resubmission runs.
 */
@SpringBootTest(properties = "spring.modulith.events.staleness.check-interval=1s")
@Import(EventResubmissionTests.Listening.class)
class EventResubmissionTests {

    /** An event between modules, as any module sends one. */
    record SomethingHappened(String what) {}

    /** Fails the first time it hears of each event, as a listener meeting a database that is briefly away. */
    static class FailsOnce {

        private final Set<String> tried = ConcurrentHashMap.newKeySet();
        private final Set<String> done = ConcurrentHashMap.newKeySet();

        /** Its bean is a proxy (the listener runs asynchronously in a transaction): asked through methods. */
        boolean finished(String what) {
            return done.contains(what);
        }

        void triedBefore(String what) {
            tried.add(what);
        }

        @ApplicationModuleListener
        void on(SomethingHappened event) {
            if (tried.add(event.what())) {
                throw new IllegalStateException("not this time: " + event.what());
            }
            done.add(event.what());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listening {
        @Bean
        FailsOnce failsOnce() {
            return new FailsOnce();
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FailsOnce listener;

    @Autowired
    EventResubmission resubmission;

    @Test
    void anEventWhoseListenerFailedIsCompletedWhenResubmitted() {
        transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened("failed once")));
        eventually(() -> "FAILED".equals(status("failed once")));
        assertThat(listener.finished("failed once")).isFalse();

        resubmission.resubmitFailed();

        eventually(() -> "COMPLETED".equals(status("failed once")));
        assertThat(listener.finished("failed once")).isTrue();
        assertThat(completed("failed once")).isTrue();

        // one a dead node took an hour ago and never finished: found stale, marked failed, completed here
        listener.triedBefore("left by a dead node");
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts)
                        select gen_random_uuid(), listener_id, event_type, replace(serialized_event, ?, ?), ?,
                               'PROCESSING', 1
                        from event_publication where serialized_event like ?
                        """)
                .params(
                        "failed once",
                        "left by a dead node",
                        java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
                        "%failed once%")
                .update();
        eventually(() -> "FAILED".equals(status("left by a dead node")));
        // the next interval: the lock that keeps the resubmission to one node at a time has run out
        jdbc.sql("update shedlock set lock_until = now() where name = 'event-publications-resubmitted'")
                .update();
        resubmission.resubmitFailed();
        eventually(() -> "COMPLETED".equals(status("left by a dead node")));
        assertThat(listener.finished("left by a dead node")).isTrue();
    }

    private String status(String what) {
        return jdbc.sql("select status from event_publication where serialized_event like ?")
                .param("%" + what + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private boolean completed(String what) {
        return jdbc.sql("select completion_date is not null from event_publication where serialized_event like ?")
                .param("%" + what + "%")
                .query(Boolean.class)
                .single();
    }

    private static void eventually(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("in time").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
