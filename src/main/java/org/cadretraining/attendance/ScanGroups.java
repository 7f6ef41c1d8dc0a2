package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides and writes what becomes of a group of scans, in one transaction of a few statements: a scan id is bound
 * to the device, the person and the item it was first sent for, so the same id for someone or something else is
 * refused ({@code scan_id_conflict}, the first person named) and never taken for a duplicate; the first check-in
 * wins (the unique index decides, within a group too); a scan id recorded before is a duplicate; a later check-in
 * is a conflict; and every scan leaves an audit row with its reason code.
 */
@Component
class ScanGroups {

    /**
     * A scan to write, who sent it, and the organiser's reason for a scan by hand; {@code judgedOn}, the version of
     * the kept facts it was let through on, and how to judge it {@code again} from the database when they are older
     * than the database's ({@link StaleJudgements}); a scan judged on the tables themselves needs neither.
     */
    record Entry(Scan scan, String by, String reason, long judgedOn, StaleJudgements.Again again) {

        Entry(Scan scan, String by, String reason) {
            this(scan, by, reason, StaleJudgements.ON_THE_TABLES, null);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ScanAudit audit;
    private final ApplicationEventPublisher events;
    private final StaleJudgements stale;
    private final ItemWindows windows;

    ScanGroups(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ScanAudit audit,
            ApplicationEventPublisher events,
            StaleJudgements stale,
            ItemWindows windows) {
        this.stale = stale;
        this.windows = windows;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
    }

    List<ScanResult> write(List<Entry> group, Instant receivedAt) {
        return transactions.execute(status -> {
            Timestamp now = Timestamp.from(receivedAt);
            // first of all, in this transaction: scans let through on kept facts older than the database's
            Map<Integer, CheckInRefusal> refusedNow = stale.refusals(group);
            Map<UUID, ScanBinding> bindings =
                    ScanBinding.firstUses(jdbc, group.stream().map(Entry::scan).toList());
            // a scan id sent twice within the group is bound by its first copy
            Map<UUID, ScanBinding> seen = new HashMap<>();
            List<Entry> candidates = new ArrayList<>();
            Map<Integer, Long> conflicting = new HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                if (refusedNow.containsKey(i)) {
                    continue;
                }
                Scan s = group.get(i).scan();
                ScanBinding bound = bindings.getOrDefault(s.scanId(), seen.get(s.scanId()));
                if (bound != null && !bound.allows(s)) {
                    conflicting.put(i, bound.cadreId());
                } else {
                    seen.putIfAbsent(s.scanId(), ScanBinding.of(s));
                    candidates.add(group.get(i));
                }
            }
            ScanColumns toInsert = ScanColumns.of(candidates);
            Set<UUID> recorded = candidates.isEmpty() ? Set.of() : insertChecks(toInsert, now);
            boolean allRecorded = recorded.size() == group.size();
            Set<UUID> known = allRecorded ? Set.of() : knownScans(group, recorded);
            // the time that stands is needed only for a scan that was not recorded
            Map<String, Instant> firsts = allRecorded ? Map.of() : firstCheckIns(ScanColumns.of(group));
            List<ScanResult> results = new ArrayList<>(group.size());
            Set<UUID> answered = new HashSet<>();
            for (int i = 0; i < group.size(); i++) {
                Scan s = group.get(i).scan();
                Instant first = firsts.get(s.itemId() + ":" + s.cadreId());
                if (refusedNow.containsKey(i)) {
                    results.add(ScanResult.refused(s, refusedNow.get(i)));
                    continue;
                }
                if (conflicting.containsKey(i)) {
                    results.add(new ScanResult(
                            s.scanId(),
                            s.cadreId(),
                            ScanOutcome.REFUSED,
                            null,
                            CheckInRefusal.SCAN_ID_CONFLICT,
                            conflicting.get(i)));
                    continue;
                }
                boolean firstCopy = answered.add(s.scanId());
                if (recorded.contains(s.scanId()) && firstCopy) {
                    results.add(new ScanResult(s.scanId(), s.cadreId(), ScanOutcome.RECORDED, s.at(), null, null));
                } else if (known.contains(s.scanId()) || !firstCopy) {
                    results.add(new ScanResult(s.scanId(), s.cadreId(), ScanOutcome.DUPLICATE, first, null, null));
                } else {
                    results.add(new ScanResult(
                            s.scanId(),
                            s.cadreId(),
                            ScanOutcome.CONFLICT,
                            first,
                            CheckInRefusal.ALREADY_CHECKED_IN,
                            null));
                }
            }
            audit.write(group, results, now);
            // completion keeps the standing of those checked in; it is told each item's course, which this node
            // keeps (an item never moves), rather than reading it for every write of a burst
            CheckedIn.ofRecorded(group.stream().map(Entry::scan).toList(), results, this::courseOf)
                    .ifPresent(events::publishEvent);
            return results;
        });
    }

    /** All checks of the group in one statement; returns the scan ids that were recorded. */
    private Set<UUID> insertChecks(ScanColumns c, Timestamp now) {
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

    private Set<UUID> knownScans(List<Entry> group, Set<UUID> recorded) {
        String[] others = group.stream()
                .map(e -> e.scan().scanId())
                .filter(id -> !recorded.contains(id))
                .map(UUID::toString)
                .toArray(String[]::new);
        return new HashSet<>(jdbc.sql("select scan_id from attendance_check where scan_id = any(?::uuid[])")
                .param(others)
                .query(UUID.class)
                .list());
    }

    private Map<String, Instant> firstCheckIns(ScanColumns c) {
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

    /** The course of a recorded scan's item, which exists: the check it was recorded under refers to it. */
    private long courseOf(long itemId) {
        return windows.courseOf(itemId).orElseThrow();
    }
}
