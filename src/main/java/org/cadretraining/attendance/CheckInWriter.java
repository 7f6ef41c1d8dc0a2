package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes scans to the database in groups: when a hundred devices send at once, their scans are written together,
 * in one transaction of three statements, instead of a transaction each. Every caller waits until its scan is
 * committed and then learns its own outcome, so nothing is acknowledged that is not durable. The rules are those of
 * one scan at a time: the first check-in wins (the unique index decides, within a group too), a scan id seen
 * before is a duplicate, a later check-in is a conflict, and every scan leaves an audit row.
 */
@Component
class CheckInWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckInWriter.class);
    private static final int MOST_PER_GROUP = 500;
    private static final long WAIT_SECONDS = 30;

    private record Pending(Scan scan, String by, String reason, CompletableFuture<ScanResult> result) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;

    CheckInWriter(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
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
        List<Pending> pending = scans.stream()
                .map(scan -> new Pending(scan, by, reason, new CompletableFuture<>()))
                .toList();
        // a caller inside a transaction writes in it (a group thread would wait on the caller's connection)
        if (writer == null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return writeGroup(pending);
        }
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
                List<ScanResult> results = writeGroup(group);
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).result().complete(results.get(i));
                }
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

    /** Writes the scans as one group, as the writer does when they arrive together. */
    List<ScanResult> writeTogether(List<Scan> scans, String by) {
        return writeGroup(scans.stream()
                .map(scan -> new Pending(scan, by, null, new CompletableFuture<>()))
                .toList());
    }

    /**
     * Records a scan as received at the given time, in the caller's transaction: for set-up and demo data, whose
     * scans are entered after the fact and must read as received when they were made.
     */
    ScanResult writeReceivedAt(Scan scan, String by, String reason, Instant receivedAt) {
        return writeGroup(List.of(new Pending(scan, by, reason, new CompletableFuture<>())), receivedAt)
                .getFirst();
    }

    private List<ScanResult> writeGroup(List<Pending> group) {
        return writeGroup(group, clock.instant());
    }

    private List<ScanResult> writeGroup(List<Pending> group, Instant receivedAt) {
        return transactions.execute(status -> {
            Timestamp now = Timestamp.from(receivedAt);
            Columns columns = Columns.of(group);
            Set<UUID> recorded = insertChecks(columns, now);
            Set<UUID> known = recorded.size() == group.size() ? Set.of() : knownScans(group, recorded);
            // the time that stands is needed only for a scan that was not recorded
            Map<String, Instant> firsts = recorded.size() == group.size() ? Map.of() : firstCheckIns(columns);
            List<ScanResult> results = new ArrayList<>(group.size());
            // a scan id sent twice within the group is recorded once: its first copy; the second is a duplicate
            Set<UUID> answered = new HashSet<>();
            for (Pending p : group) {
                Scan s = p.scan();
                boolean firstCopy = answered.add(s.scanId());
                ScanOutcome outcome = recorded.contains(s.scanId()) && firstCopy
                        ? ScanOutcome.RECORDED
                        : known.contains(s.scanId()) || !firstCopy ? ScanOutcome.DUPLICATE : ScanOutcome.CONFLICT;
                Instant first = outcome == ScanOutcome.RECORDED ? s.at() : firsts.get(s.itemId() + ":" + s.cadreId());
                results.add(new ScanResult(s.scanId(), s.cadreId(), outcome, first, null));
            }
            insertAudit(columns, results, now);
            CheckedIn.ofRecorded(group.stream().map(Pending::scan).toList(), results)
                    .ifPresent(events::publishEvent);
            return results;
        });
    }

    /** A group's scans as columns, the shape in which PostgreSQL takes them ({@code unnest} of arrays). */
    private record Columns(
            Long[] items,
            Long[] cadres,
            String[] directions,
            String[] ats,
            String[] methods,
            String[] scans,
            String[] devices,
            String[] bys,
            String[] reasons) {

        static Columns of(List<Pending> group) {
            int n = group.size();
            Columns c = new Columns(
                    new Long[n],
                    new Long[n],
                    new String[n],
                    new String[n],
                    new String[n],
                    new String[n],
                    new String[n],
                    new String[n],
                    new String[n]);
            for (int i = 0; i < n; i++) {
                Scan s = group.get(i).scan();
                c.items[i] = s.itemId();
                c.cadres[i] = s.cadreId();
                c.directions[i] = s.direction().name();
                c.ats[i] = s.at().toString();
                c.methods[i] = s.method().name();
                c.scans[i] = s.scanId().toString();
                c.devices[i] = s.device() == null || s.device().length() <= 100
                        ? s.device()
                        : s.device().substring(0, 100);
                c.bys[i] = group.get(i).by();
                c.reasons[i] = group.get(i).reason();
            }
            return c;
        }
    }

    /** All checks of the group in one statement; returns the scan ids that were recorded. */
    private Set<UUID> insertChecks(Columns c, Timestamp now) {
        // in the order given, so that of two check-ins in one group the earlier-sent one wins, as it would alone
        return new HashSet<>(jdbc.sql("""
                        insert into attendance_check (agenda_item_id, cadre_id, direction, checked_at, method, scan_id,
                                                      recorded_by, recorded_at, reason)
                        select item, cadre, direction, at, method, scan, by, ?, reason
                        from unnest(?::bigint[], ?::bigint[], ?::text[], ?::timestamptz[], ?::text[], ?::uuid[],
                                    ?::text[], ?::text[])
                             with ordinality as incoming(item, cadre, direction, at, method, scan, by, reason, n)
                        order by n
                        on conflict do nothing
                        returning scan_id
                        """)
                .params(
                        now,
                        c.items(),
                        c.cadres(),
                        c.directions(),
                        c.ats(),
                        c.methods(),
                        c.scans(),
                        c.bys(),
                        c.reasons())
                .query(UUID.class)
                .list());
    }

    private Set<UUID> knownScans(List<Pending> group, Set<UUID> recorded) {
        String[] others = group.stream()
                .map(p -> p.scan().scanId())
                .filter(id -> !recorded.contains(id))
                .map(UUID::toString)
                .toArray(String[]::new);
        return new HashSet<>(jdbc.sql("select scan_id from attendance_check where scan_id = any(?::uuid[])")
                .param(others)
                .query(UUID.class)
                .list());
    }

    private Map<String, Instant> firstCheckIns(Columns c) {
        Map<String, Instant> firsts = new HashMap<>();
        jdbc.sql("""
                        select c.agenda_item_id, c.cadre_id, c.checked_at
                        from attendance_check c
                        join unnest(?::bigint[], ?::bigint[]) as wanted(item, cadre)
                          on c.agenda_item_id = wanted.item and c.cadre_id = wanted.cadre
                        where c.direction = 'IN'
                        """).params(c.items(), c.cadres()).query(rs -> {
            firsts.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getTimestamp(3).toInstant());
        });
        return firsts;
    }

    private void insertAudit(Columns c, List<ScanResult> results, Timestamp now) {
        String[] outcomes = results.stream().map(r -> r.outcome().name()).toArray(String[]::new);
        jdbc.sql("""
                        insert into attendance_audit (agenda_item_id, cadre_id, direction, method, scan_id, device,
                                                      scanned_at, recorded_by, received_at, outcome, reason)
                        select item, cadre, direction, method, scan, device, at, by, ?, outcome, reason
                        from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::uuid[], ?::text[],
                                    ?::timestamptz[], ?::text[], ?::text[], ?::text[])
                             as a(item, cadre, direction, method, scan, device, at, by, outcome, reason)
                        """)
                .params(
                        now,
                        c.items(),
                        c.cadres(),
                        c.directions(),
                        c.methods(),
                        c.scans(),
                        c.devices(),
                        c.ats(),
                        c.bys(),
                        outcomes,
                        c.reasons())
                .update();
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
            List<ScanResult> results = writeGroup(left);
            for (int i = 0; i < left.size(); i++) {
                left.get(i).result().complete(results.get(i));
            }
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
