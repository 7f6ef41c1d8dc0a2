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

    CodeCheckIn(
            CheckInCodes codes,
            ItemWindows windows,
            TraineeRoster roster,
            CheckInWriter writer,
            ScanAudit audit,
            Clock clock) {
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
        Optional<Long> item = codes.itemOf(code);
        if (item.isEmpty()) {
            CheckInRefusal why = codes.expired(code) ? CheckInRefusal.EXPIRED : CheckInRefusal.INVALID;
            throw DomainException.invalid(null, why.messageKey());
        }
        ItemWindow window = windows.of(item.get())
                .orElseThrow(() -> DomainException.invalid(null, CheckInRefusal.INVALID.messageKey()));
        Instant now = clock.instant();
        Scan scan = new Scan(
                UUID.randomUUID(),
                item.get(),
                user.cadreId() == null ? 0 : user.cadreId(),
                Scan.Direction.IN,
                CheckMethod.ROTATING_CODE,
                now,
                "phone");
        if (user.cadreId() == null || !roster.isTrainee(window.courseId(), user.cadreId())) {
            if (user.cadreId() != null) {
                logRefusal(scan, user, CheckInRefusal.NOT_ENROLLED, now);
            }
            throw new DomainException(DomainException.Kind.FORBIDDEN, "attendance.code.notTrainee", null);
        }
        Optional<CheckInRefusal> closed = window.refusalAt(now);
        if (closed.isPresent()) {
            logRefusal(scan, user, closed.get(), now);
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
