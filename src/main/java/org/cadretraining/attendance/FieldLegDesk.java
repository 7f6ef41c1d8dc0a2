package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records headcounts at a field study's legs. A count is refused for the same reasons as a check-in (the leg's
 * window: the check-in's before the site, the check-out's after), and also when the item is no field study or the
 * vehicle is not one of its vehicles. A scan id is bound to its device, person, item and leg: sent again it is a
 * duplicate, for someone or something else a conflict. Counting someone again at a leg is recorded too (the latest tells the
 * vehicle they are on). A depart or leave-the-site count then goes, under the same scan id, to the check-in writer
 * as the check-in or check-out, so presence and minutes are reckoned exactly as before.
 */
@Service
class FieldLegDesk {

    /** What a scan id is bound to: the first count sent with it. */
    private record Bound(long itemId, long cadreId, String leg, String device, Instant countedAt) {

        boolean allows(LegScan count) {
            String sentFrom = ScanColumns.device(count.scan());
            return itemId == count.scan().itemId()
                    && cadreId == count.scan().cadreId()
                    && leg.equals(count.leg().name())
                    && (device == null || sentFrom == null || device.equals(sentFrom));
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CheckInDesk desk;
    private final CheckInWriter writer;
    private final ScanAudit audit;
    private final Vehicles vehicles;
    private final Clock clock;

    FieldLegDesk(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            CheckInDesk desk,
            CheckInWriter writer,
            ScanAudit audit,
            Vehicles vehicles,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.desk = desk;
        this.writer = writer;
        this.audit = audit;
        this.vehicles = vehicles;
        this.clock = clock;
    }

    /** A device's headcounts, answered in their order. */
    List<ScanResult> countAll(long courseId, List<LegScan> counts, CurrentUser by, DeviceGrant grant) {
        Instant now = clock.instant();
        List<ScanResult> results = new ArrayList<>(counts.size());
        List<ScanGroups.Entry> refused = new ArrayList<>();
        List<ScanResult> refusals = new ArrayList<>();
        List<Scan> presence = new ArrayList<>();
        for (LegScan count : counts) {
            LegScan dated = count.scan().at() == null
                    ? new LegScan(count.scan().at(now), count.leg(), count.vehicleId())
                    : count;
            Optional<CheckInRefusal> refusal = refusal(courseId, dated, grant, now);
            if (refusal.isPresent()) {
                ScanResult result = ScanResult.refused(dated.scan(), refusal.get());
                refused.add(new ScanGroups.Entry(dated.scan(), by.username(), null));
                refusals.add(result);
                results.add(result);
                continue;
            }
            ScanResult result = write(dated, by, grant, now);
            // a retry goes too: the check-in writer answers it as its duplicate and logs it, as any retry
            boolean taken = result.outcome() == ScanOutcome.RECORDED || result.outcome() == ScanOutcome.DUPLICATE;
            if (taken && dated.leg().countsForPresence()) {
                presence.add(dated.scan());
            }
            results.add(result);
        }
        if (!refused.isEmpty()) {
            audit.refused(refused, refusals, now);
        }
        if (!presence.isEmpty()) {
            // the check-in writer keeps its own rules (first check-in wins) and its audit rows; the count stands
            writer.writeAll(presence, by.username(), null);
        }
        return results;
    }

    private Optional<CheckInRefusal> refusal(long courseId, LegScan count, DeviceGrant grant, Instant now) {
        Optional<CheckInRefusal> asCheckIn = desk.refusalOf(courseId, count.scan(), grant, now);
        if (asCheckIn.filter(r -> r == CheckInRefusal.NOT_AN_ITEM_OF_COURSE).isPresent()) {
            return asCheckIn;
        }
        // a leg at a lecture is no headcount, whatever the time: it is refused as not readable
        if (!fieldStudy(count.scan().itemId())) {
            return Optional.of(CheckInRefusal.INVALID);
        }
        if (asCheckIn.isPresent()) {
            return asCheckIn;
        }
        if (count.vehicleId() != null
                && vehicles.find(count.scan().itemId(), count.vehicleId()).isEmpty()) {
            return Optional.of(CheckInRefusal.INVALID);
        }
        return Optional.empty();
    }

    private boolean fieldStudy(long itemId) {
        return jdbc.sql("select type = 'FIELD_STUDY' from agenda_item where id = ?")
                .param(itemId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private ScanResult write(LegScan count, CurrentUser by, DeviceGrant grant, Instant now) {
        Scan scan = count.scan();
        return transactions.execute(status -> {
            Optional<Bound> bound = bound(scan);
            if (bound.isEmpty()) {
                Long vehicle = count.vehicleId() != null
                        ? count.vehicleId()
                        : vehicles.seats(scan.itemId()).get(scan.cadreId());
                int inserted = jdbc.sql("""
                                insert into attendance_leg (agenda_item_id, cadre_id, leg, vehicle_id, counted_at,
                                    scan_id, method, device, grant_id, recorded_by, recorded_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                on conflict (scan_id) do nothing
                                """)
                        .params(
                                scan.itemId(),
                                scan.cadreId(),
                                count.leg().name(),
                                vehicle,
                                Timestamp.from(scan.at()),
                                scan.scanId(),
                                scan.method().name(),
                                ScanColumns.device(scan),
                                grant == null ? null : grant.id(),
                                by.username(),
                                Timestamp.from(now))
                        .update();
                if (inserted == 1) {
                    return new ScanResult(scan.scanId(), scan.cadreId(), ScanOutcome.RECORDED, scan.at(), null, null);
                }
                bound = bound(scan);
            }
            Bound first = bound.orElseThrow();
            if (first.allows(count)) {
                return new ScanResult(
                        scan.scanId(), scan.cadreId(), ScanOutcome.DUPLICATE, first.countedAt(), null, null);
            }
            return new ScanResult(
                    scan.scanId(),
                    scan.cadreId(),
                    ScanOutcome.CONFLICT,
                    first.countedAt(),
                    CheckInRefusal.SCAN_ID_CONFLICT,
                    first.cadreId());
        });
    }

    private Optional<Bound> bound(Scan scan) {
        return jdbc.sql("select agenda_item_id, cadre_id, leg, device, counted_at from attendance_leg"
                        + " where scan_id = ?")
                .param(scan.scanId())
                .query((rs, n) -> new Bound(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }
}
