package org.cadretraining.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cadretraining.enrolment.CourseRole;
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
        Scan scan = new Scan(
                scanId,
                itemId,
                user.cadreId() == null ? 0 : user.cadreId(),
                Scan.Direction.IN,
                CheckMethod.ROTATING_CODE,
                at,
                "phone");
        if (user.cadreId() != null) {
            // on the facts this node keeps: a burst of phones reads nothing else before the writer, which judges
            // the scan again if they have changed since
            KeptFacts.Kept<Optional<ItemWindow>> window = windows.kept(itemId);
            KeptFacts.Kept<Optional<CourseRole>> role = window.value()
                    .map(w -> roster.kept(w.courseId(), user.cadreId()))
                    .orElse(null);
            if (role != null
                    && role.value().filter(CourseRole::trainee).isPresent()
                    && window.value().get().refusalAt(at).isEmpty()) {
                ScanResult written = writer.writeJudged(
                                List.of(scan),
                                user.username(),
                                Math.min(window.version(), role.version()),
                                judgedAgain -> refusal(judgedAgain, user))
                        .getFirst();
                if (written.outcome() == ScanOutcome.REFUSED && written.refusal() != CheckInRefusal.SCAN_ID_CONFLICT) {
                    throw refused(written.refusal());
                }
                return written;
            }
        }
        // a refusal is judged on the tables themselves, never on kept facts
        Optional<CheckInRefusal> refusal = refusal(scan, user);
        if (refusal.isPresent()) {
            if (refusal.get() != CheckInRefusal.INVALID && user.cadreId() != null) {
                logRefusal(scan, user, refusal.get(), clock.instant());
            }
            throw refused(refusal.get());
        }
        return writer.write(scan, user.username(), null);
    }

    /** Why the trainee's scan may not count, from the database: not an item, not a trainee, outside the window. */
    private Optional<CheckInRefusal> refusal(Scan scan, CurrentUser user) {
        Optional<ItemWindow> window = windows.of(scan.itemId());
        if (window.isEmpty()) {
            return Optional.of(CheckInRefusal.INVALID);
        }
        if (user.cadreId() == null || !roster.isTrainee(window.get().courseId(), user.cadreId())) {
            return Optional.of(CheckInRefusal.NOT_ENROLLED);
        }
        // the window at the moment of the scan: a ticket brings an earlier moment back after sign-in
        return window.get().refusalAt(scan.at());
    }

    private static DomainException refused(CheckInRefusal refusal) {
        return switch (refusal) {
            case NOT_ENROLLED ->
                new DomainException(DomainException.Kind.FORBIDDEN, "attendance.code.notTrainee", null);
            default -> DomainException.invalid(null, refusal.messageKey());
        };
    }

    private void logRefusal(Scan scan, CurrentUser user, CheckInRefusal refusal, Instant now) {
        audit.refused(
                List.of(new ScanGroups.Entry(scan, user.username(), null)),
                List.of(ScanResult.refused(scan, refusal)),
                now);
    }
}
