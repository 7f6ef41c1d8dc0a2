package org.cadretraining.completion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Judges the trainees waiting ({@link WaitingJudgements}) on the keeper's thread, a round at a time: each round takes,
 * per course, everyone who waits, so the more check-ins arrive while a round runs, the more the next one judges at
 * once. Woken after each check-in commits on this node; a poll also takes what another node left (it stopped, say).
 * Rounds start at least {@code app.completion.round-gap} apart: a round reads the course's agenda, rules and class
 * whatever it judges, so during a burst of check-ins one round a second judging hundreds costs a fraction of a round
 * per commit judging a few. A round also waits until check-ins have paused for {@code app.completion.quiet} (at most
 * {@code app.completion.longest-wait} after the first that asked for it): the two cores a burst of scans needs are
 * not shared with judging it. Nobody reads a stale standing meanwhile: the completion page judges whoever still waits
 * before it reads ({@link CompletionPage}).
 */
@Component
class WaitingDrain {

    private static final Logger log = LoggerFactory.getLogger(WaitingDrain.class);
    private static final int COURSES_PER_ROUND = 50;

    private final WaitingJudgements waiting;
    private final CompletionKeeper keeper;
    private final TaskExecutor keeping;
    private final TaskScheduler scheduler;
    private final RoundTiming timing;
    private final AtomicBoolean queued = new AtomicBoolean();
    /** When the last round started ({@link System#nanoTime()}, not the institution's clock, which tests move). */
    private volatile long lastRound = System.nanoTime() - Duration.ofDays(1).toNanos();
    /** When the first and the latest wake came since the last round was queued. */
    private volatile long firstWake;

    private volatile long latestWake;

    WaitingDrain(
            WaitingJudgements waiting,
            CompletionKeeper keeper,
            @Qualifier(CompletionKeeping.EXECUTOR) TaskExecutor keeping,
            TaskScheduler scheduler,
            @Value("${app.completion.round-gap:PT1S}") Duration gap,
            @Value("${app.completion.quiet:PT0.25S}") Duration quiet,
            @Value("${app.completion.longest-wait:PT5S}") Duration longestWait) {
        this.waiting = waiting;
        this.keeper = keeper;
        this.keeping = keeping;
        this.scheduler = scheduler;
        this.timing = new RoundTiming(gap, quiet, longestWait);
    }

    /**
     * Puts a round in the keeper's queue unless one is already there, once a gap has passed since the last and
     * check-ins have paused ({@link RoundTiming}).
     */
    void wake() {
        long now = System.nanoTime();
        latestWake = now;
        if (queued.compareAndSet(false, true)) {
            firstWake = now;
            whenDue();
        }
    }

    /** Queues the round if it is due, else looks again when it will be (a later wake may have moved that). */
    private void whenDue() {
        try {
            long wait = timing.startAt(lastRound, firstWake, latestWake) - System.nanoTime();
            if (wait > 0) {
                scheduler.schedule(this::whenDue, Instant.now().plusNanos(wait));
            } else {
                queueRound();
            }
        } catch (TaskRejectedException stopping) {
            queued.set(false); // the node is stopping: the poll of a node still running takes them
        }
    }

    private void queueRound() {
        try {
            keeping.execute(this::round);
        } catch (TaskRejectedException stopping) {
            queued.set(false);
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

    /**
     * Runs on every node, without a lock across nodes: a node's own commits wake it, and each round takes the course's
     * lock before it takes whoever waits, so rounds on two nodes wait for each other and never judge anyone twice;
     * every node's poll also takes what a dead node left waiting.
     */
    @Scheduled(fixedDelayString = "${app.completion.waiting-poll-ms:30000}")
    void poll() {
        wake();
    }

    private void round() {
        // cleared first, so a check-in committed during this round queues the next one
        queued.set(false);
        lastRound = System.nanoTime();
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
