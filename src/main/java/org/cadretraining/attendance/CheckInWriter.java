package org.cadretraining.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes scans to the database in groups: when a hundred devices send at once, their scans are written together,
 * in one transaction of a few statements ({@link ScanGroups}, which decides each outcome), instead of a transaction
 * each. Every caller waits until its scan is committed and then learns its own outcome, so nothing is acknowledged
 * that is not durable.
 */
@Component
class CheckInWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckInWriter.class);
    private static final int MOST_PER_GROUP = 500;
    private static final long WAIT_SECONDS = 30;

    private record Pending(ScanGroups.Entry entry, CompletableFuture<ScanResult> result) {}

    private final ScanGroups groups;
    private final Clock clock;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;

    CheckInWriter(ScanGroups groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    /** Records the scan with the others arriving now, and answers once it is committed. */
    ScanResult write(Scan scan, String by, String reason) {
        return writeAll(List.of(scan), by, reason).getFirst();
    }

    /**
     * Records a device's scans with the others arriving now, all handed to the writer at once (so a queue synced
     * after a time offline waits for one commit, not one per scan), and answers once they are committed.
     */
    List<ScanResult> writeAll(List<Scan> scans, String by, String reason) {
        return write(scans.stream()
                .map(scan -> new ScanGroups.Entry(scan, by, reason))
                .toList());
    }

    /**
     * As {@link #writeAll}, for scans let through on the facts this node keeps, of version {@code judgedOn}: the group's
     * transaction judges them {@code again} from the database if those facts have changed since ({@link
     * StaleJudgements}).
     */
    List<ScanResult> writeJudged(List<Scan> scans, String by, long judgedOn, StaleJudgements.Again again) {
        return write(scans.stream()
                .map(scan -> new ScanGroups.Entry(scan, by, null, judgedOn, again))
                .toList());
    }

    private List<ScanResult> write(List<ScanGroups.Entry> entries) {
        // a caller inside a transaction writes in it (a group thread would wait on the caller's connection)
        if (writer == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return groups.write(entries, clock.instant());
        }
        List<Pending> pending = entries.stream()
                .map(entry -> new Pending(entry, new CompletableFuture<>()))
                .toList();
        queue.addAll(pending);
        List<ScanResult> results = new ArrayList<>(pending.size());
        try {
            for (Pending p : pending) {
                results.add(p.result().get(WAIT_SECONDS, TimeUnit.SECONDS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the scans were written", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The scans could not be written", e);
        }
        return results;
    }

    /** Writes the scans as one group, as the writer does when they arrive together. */
    List<ScanResult> writeTogether(List<Scan> scans, String by) {
        return groups.write(
                scans.stream().map(scan -> new ScanGroups.Entry(scan, by, null)).toList(), clock.instant());
    }

    /**
     * Records a scan as received at the given time, in the caller's transaction: for set-up and demo data, whose
     * scans are entered after the fact and must read as received when they were made.
     */
    ScanResult writeReceivedAt(Scan scan, String by, String reason, Instant receivedAt) {
        return groups.write(List.of(new ScanGroups.Entry(scan, by, reason)), receivedAt)
                .getFirst();
    }

    private void run() {
        while (writer == Thread.currentThread()) {
            List<Pending> group = new ArrayList<>();
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MOST_PER_GROUP - 1);
                complete(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                group.forEach(p -> p.result().completeExceptionally(e));
                return;
            } catch (RuntimeException e) {
                log.warn("A group of {} scans could not be written: {}", group.size(), e.getMessage());
                group.forEach(p -> p.result().completeExceptionally(e));
            }
        }
    }

    private void complete(List<Pending> group) {
        List<ScanResult> results =
                groups.write(group.stream().map(Pending::entry).toList(), clock.instant());
        for (int i = 0; i < group.size(); i++) {
            group.get(i).result().complete(results.get(i));
        }
    }

    @Override
    public void start() {
        Thread thread = Thread.ofPlatform().daemon().name("check-in-writer").unstarted(this::run);
        writer = thread;
        thread.start();
    }

    /** Stops taking new groups once the queue is written; callers after this write their scan alone. */
    @Override
    public void stop() {
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            thread.interrupt();
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        if (!left.isEmpty()) {
            complete(left);
        }
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }
}
