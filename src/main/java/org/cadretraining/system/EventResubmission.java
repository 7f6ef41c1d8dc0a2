package org.cadretraining.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events between modules are kept in Spring Modulith's publication registry until their listener succeeds. A listener
 * that failed leaves its publication FAILED; one that a dead node never finished is left PUBLISHED or PROCESSING, and
 * the registry's staleness monitor (every node, {@code spring.modulith.events.staleness.*}) marks it FAILED once it is
 * older than any listener takes. Here the failed ones are handed to their listeners again, on one node at a time, so
 * that no publication is run twice at once across nodes. Republishing everything outstanding at each start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}) stays off: with several nodes, a node
 * starting would also run again what the others are running at that moment.
 */
@Component
class EventResubmission {

    private final FailedEventPublications failed;

    EventResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(
            fixedDelayString = "${app.events.resubmit-every:PT1M}",
            initialDelayString = "${app.events.resubmit-every:PT1M}")
    @SchedulerLock(name = "event-publications-resubmitted", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
    void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
