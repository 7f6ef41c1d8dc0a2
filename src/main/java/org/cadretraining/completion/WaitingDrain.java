package org.cadretraining.completion;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Judges the trainees waiting ({@link WaitingJudgements}) on the keeper's thread, a round at a time: each round takes,
 * per course, everyone who waits, so the more check-ins arrive while a round runs, the more the next one judges at
 * once. Woken after each check-in commits on this node; a poll also takes what another node left (it stopped, say).
 */
@Component
class WaitingDrain {

    private static final Logger log = LoggerFactory.getLogger(WaitingDrain.class);
    private static final int COURSES_PER_ROUND = 50;

    private final WaitingJudgements waiting;
    private final CompletionKeeper keeper;
    private final TaskExecutor keeping;
    private final AtomicBoolean queued = new AtomicBoolean();

    WaitingDrain(
            WaitingJudgements waiting,
            CompletionKeeper keeper,
            @Qualifier(CompletionKeeping.EXECUTOR) TaskExecutor keeping) {
        this.waiting = waiting;
        this.keeper = keeper;
        this.keeping = keeping;
    }

    /** Puts a round in the keeper's queue unless one is already there. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                keeping.execute(this::round);
            } catch (TaskRejectedException stopping) {
                queued.set(false); // the node is stopping: the poll of a node still running takes them
            }
        }
    }

    /** Wakes the drain once the caller's transaction commits (at once without one). */
    void wakeOnceCommitted() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    @Scheduled(fixedDelayString = "${app.completion.waiting-poll-ms:30000}")
    void poll() {
        wake();
    }

    private void round() {
        // cleared first, so a check-in committed during this round queues the next one
        queued.set(false);
        boolean judged = false;
        List<Long> courses = waiting.courses(COURSES_PER_ROUND);
        for (long courseId : courses) {
            try {
                judged |= keeper.keepWaiting(courseId);
            } catch (RuntimeException e) {
                // its trainees stay waiting (the transaction rolled back) and are tried again at the next poll
                log.warn("Could not judge the trainees waiting in course {}", courseId, e);
            }
        }
        if (judged) {
            wake(); // behind the events already waiting their turn, so a long burst does not hold them back
        }
    }
}
