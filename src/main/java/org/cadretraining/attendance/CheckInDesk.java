package org.cadretraining.attendance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records check-ins and check-outs, whichever way they come: the first check-in of a trainee at an item wins and
 * is never overwritten; a retry of a scan (same scan id) is counted once; a later, conflicting check-in is kept in
 * the audit log with the rest. Every scan received leaves an audit row, whatever its outcome.
 */
@Service
class CheckInDesk {

    /** A device's clock may be a little ahead; beyond this, its time is not believed and the server's is used. */
    private static final Duration DEVICE_CLOCK_SLACK = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final TraineeRoster roster;
    private final CheckInWriter writer;
    private final CheckInCodes codes;
    private final Clock clock;
    private final Map<Long, Long> courses = new ConcurrentHashMap<>();

    CheckInDesk(JdbcClient jdbc, TraineeRoster roster, CheckInWriter writer, CheckInCodes codes, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.roster = roster;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * A scan from a staff device of the course; the caller has checked that the user runs its check-in. Not one
     * transaction: the checks read what is kept, and the writer commits the scan with the others arriving now.
     */
    public ScanResult scan(long courseId, Scan scan, CurrentUser by) {
        return scanAll(courseId, List.of(scan), by).getFirst();
    }

    /** A device's scans, answered in their order; those that may be recorded go to the writer together. */
    List<ScanResult> scanAll(long courseId, List<Scan> scans, CurrentUser by) {
        Instant now = clock.instant();
        ScanResult[] results = new ScanResult[scans.size()];
        List<Scan> toWrite = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            Scan scan = scans.get(i);
            Instant at = scan.at() == null || scan.at().isAfter(now.plus(DEVICE_CLOCK_SLACK)) ? now : scan.at();
            Scan dated = new Scan(
                    scan.scanId(), scan.itemId(), scan.cadreId(), scan.direction(), scan.method(), at, scan.device());
            if (courseOf(scan.itemId()).filter(id -> id == courseId).isEmpty()) {
                results[i] = audit(dated, by, ScanOutcome.REFUSED, null, "attendance.scan.wrongItem", null);
            } else if (!isTrainee(courseId, scan.cadreId())) {
                results[i] = audit(dated, by, ScanOutcome.REFUSED, null, "attendance.scan.notTrainee", null);
            } else {
                toWrite.add(dated);
                positions.add(i);
            }
        }
        if (!toWrite.isEmpty()) {
            List<ScanResult> written = writer.writeAll(toWrite, by.username(), null);
            for (int j = 0; j < written.size(); j++) {
                results[positions.get(j)] = written.get(j);
            }
        }
        return List.of(results);
    }

    /** A trainee scanned the rotating code on the screen with their phone. */
    public ScanResult checkInByCode(String code, CurrentUser user) {
        Optional<Long> item = codes.itemOf(code);
        if (item.isEmpty()) {
            throw DomainException.invalid(
                    null, codes.expired(code) ? "attendance.code.expired" : "attendance.code.invalid");
        }
        long courseId =
                courseOf(item.get()).orElseThrow(() -> DomainException.invalid(null, "attendance.code.invalid"));
        if (user.cadreId() == null || !isTrainee(courseId, user.cadreId())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "attendance.code.notTrainee", null);
        }
        Scan scan = new Scan(
                UUID.randomUUID(),
                item.get(),
                user.cadreId(),
                Scan.Direction.IN,
                CheckMethod.ROTATING_CODE,
                clock.instant(),
                "phone");
        return record(scan, user, null);
    }

    /** The organiser checks a trainee in or out by hand, at the time they say, for the reason they give. */
    public ScanResult byHand(
            long courseId,
            long itemId,
            long cadreId,
            Scan.Direction direction,
            Instant at,
            String reason,
            CurrentUser by) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "attendance.reason.required");
        }
        if (at == null) {
            throw DomainException.invalid("at", "attendance.time.invalid");
        }
        if (courseOf(itemId).filter(id -> id == courseId).isEmpty()) {
            throw DomainException.notFound("attendance.item.notFound");
        }
        if (!isTrainee(courseId, cadreId)) {
            throw DomainException.invalid("cadreId", "attendance.scan.notTrainee");
        }
        Scan scan = new Scan(UUID.randomUUID(), itemId, cadreId, direction, CheckMethod.MANUAL, at, "manual");
        return record(scan, by, reason.strip());
    }

    /** The course an agenda item belongs to; an item never moves to another course, so the answer is kept. */
    Optional<Long> courseOf(long itemId) {
        Long known = courses.get(itemId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = jdbc.sql("select course_id from agenda_item where id = ?")
                .param(itemId)
                .query(Long.class)
                .optional();
        found.ifPresent(courseId -> courses.put(itemId, courseId));
        return found;
    }

    private boolean isTrainee(long courseId, long cadreId) {
        return roster.isTrainee(courseId, cadreId);
    }

    private ScanResult record(Scan scan, CurrentUser by, String reason) {
        return writer.write(scan, by.username(), reason);
    }

    private ScanResult audit(
            Scan scan, CurrentUser by, ScanOutcome outcome, Instant first, String reasonKey, String reason) {
        jdbc.sql("""
                        insert into attendance_audit (agenda_item_id, cadre_id, direction, method, scan_id, device,
                                                      scanned_at, recorded_by, received_at, outcome, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        scan.itemId(),
                        scan.cadreId(),
                        scan.direction().name(),
                        scan.method().name(),
                        scan.scanId(),
                        truncate(scan.device(), 100),
                        Timestamp.from(scan.at()),
                        by.username(),
                        Timestamp.from(clock.instant()),
                        outcome.name(),
                        reason != null ? reason : reasonKey)
                .update();
        return new ScanResult(scan.scanId(), scan.cadreId(), outcome, first, reasonKey);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
