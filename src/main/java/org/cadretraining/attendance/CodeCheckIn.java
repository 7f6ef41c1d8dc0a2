package org.cadretraining.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * A trainee checks in with the phone, from the rotating code on the screen: it counts now, for the trainee who is
 * signed in, when the code is genuine and current, the course in progress and the item's window open.
 */
@Component
class CodeCheckIn {

    private final CheckInCodes codes;
    private final ItemWindows windows;
    private final TraineeRoster roster;
    private final CheckInWriter writer;
    private final ScanAudit audit;
    private final Clock clock;
    private final ScanTickets tickets;

    CodeCheckIn(
            CheckInCodes codes,
            ItemWindows windows,
            TraineeRoster roster,
            CheckInWriter writer,
            ScanAudit audit,
            Clock clock,
            ScanTickets tickets) {
        this.tickets = tickets;
        this.codes = codes;
        this.windows = windows;
        this.roster = roster;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A trainee scanned the rotating code on the screen with their phone: it counts now, if the code is good, the
     * course in progress and the item's window open. A refusal names its reason and, where the item is known, is
     * kept in the item's failed-scan log.
     */
    ScanResult checkIn(String code, CurrentUser user) {
        return checkIn(itemOf(code), clock.instant(), UUID.randomUUID(), user);
    }

    /**
     * A phone that was not signed in scanned the code: the moment is kept in a ticket the trainee brings back after
     * signing in. A code that is no good, or an item not open now, is refused at once, before anyone signs in.
     */
    String ticket(String code) {
        long item = itemOf(code);
        Instant now = clock.instant();
        ItemWindow window =
                windows.of(item).orElseThrow(() -> DomainException.invalid(null, CheckInRefusal.INVALID.messageKey()));
        Optional<CheckInRefusal> closed = window.refusalAt(now);
        if (closed.isPresent()) {
            throw DomainException.invalid(null, closed.get().messageKey());
        }
        return tickets.issue(item, now);
    }

    /**
     * The trainee signed in after scanning: the check-in counts at the scan's moment, if the ticket is genuine and
     * the sign-in came within the grace period; opened again, it is the same scan (answered as already checked in).
     */
    ScanResult checkInScanned(String ticket, CurrentUser user) {
        ScanTickets.Ticket scanned = tickets.read(ticket)
                .orElseThrow(() -> DomainException.invalid(null, CheckInRefusal.INVALID.messageKey()));
        if (!tickets.inGrace(scanned.scannedAt(), clock.instant())) {
            throw DomainException.invalid(null, "attendance.ticket.late", tickets.graceMinutes());
        }
        return checkIn(scanned.itemId(), scanned.scannedAt(), scanned.scanId(), user);
    }

    private long itemOf(String code) {
        Optional<Long> item = codes.itemOf(code);
        if (item.isEmpty()) {
            CheckInRefusal why = codes.expired(code) ? CheckInRefusal.EXPIRED : CheckInRefusal.INVALID;
            throw DomainException.invalid(null, why.messageKey());
        }
        return item.get();
    }

    private ScanResult checkIn(long itemId, Instant at, UUID scanId, CurrentUser user) {
        ItemWindow window = windows.of(itemId)
                .orElseThrow(() -> DomainException.invalid(null, CheckInRefusal.INVALID.messageKey()));
        Scan scan = new Scan(
                scanId,
                itemId,
                user.cadreId() == null ? 0 : user.cadreId(),
                Scan.Direction.IN,
                CheckMethod.ROTATING_CODE,
                at,
                "phone");
        if (user.cadreId() == null || !roster.isTrainee(window.courseId(), user.cadreId())) {
            if (user.cadreId() != null) {
                logRefusal(scan, user, CheckInRefusal.NOT_ENROLLED, clock.instant());
            }
            throw new DomainException(DomainException.Kind.FORBIDDEN, "attendance.code.notTrainee", null);
        }
        // the window at the moment of the scan: a ticket brings an earlier moment back after sign-in
        Optional<CheckInRefusal> closed = window.refusalAt(at);
        if (closed.isPresent()) {
            logRefusal(scan, user, closed.get(), clock.instant());
            throw DomainException.invalid(null, closed.get().messageKey());
        }
        return writer.write(scan, user.username(), null);
    }

    private void logRefusal(Scan scan, CurrentUser user, CheckInRefusal refusal, Instant now) {
        audit.refused(
                List.of(new ScanGroups.Entry(scan, user.username(), null)),
                List.of(ScanResult.refused(scan, refusal)),
                now);
    }
}
