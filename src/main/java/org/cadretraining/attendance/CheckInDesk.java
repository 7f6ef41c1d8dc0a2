package org.cadretraining.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongPredicate;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Records the scans of staff devices and the organiser's checks by hand. A scan counts only at an item of the
 * course, while the course is in progress and within the item's window, at a time after its device was given its
 * token and not in the future, and only for a trainee. Anything else is refused with its reason code and kept in
 * the audit log, as is every scan received, whatever its outcome. (The phones' rotating code: {@link CodeCheckIn}.)
 */
@Service
class CheckInDesk {

    private final DeviceTokenCheck tokens;
    private final TraineeRoster roster;
    private final CheckInWriter writer;
    private final ScanAudit audit;
    private final ItemWindows windows;
    private final Clock clock;
    /** A device's clock may be a little ahead; a scan claiming a time beyond this is refused. */
    private final Duration deviceClockSkew;

    CheckInDesk(
            TraineeRoster roster,
            DeviceTokenCheck tokens,
            CheckInWriter writer,
            ScanAudit audit,
            ItemWindows windows,
            Clock clock,
            @Value("${app.attendance.device-clock-skew:PT5M}") Duration deviceClockSkew) {
        this.writer = writer;
        this.audit = audit;
        this.roster = roster;
        this.tokens = tokens;
        this.windows = windows;
        this.clock = clock;
        this.deviceClockSkew = deviceClockSkew;
    }

    /** A scan sent for the course by someone who runs its check-in (the caller has checked). */
    public ScanResult scan(long courseId, Scan scan, CurrentUser by) {
        return scanAll(courseId, List.of(scan), by).getFirst();
    }

    /** A device's scans, answered in their order; those that may be recorded go to the writer together. */
    List<ScanResult> scanAll(long courseId, List<Scan> scans, CurrentUser by) {
        return scanAll(courseId, scans, by, null);
    }

    /**
     * As {@link #scanAll(long, List, CurrentUser)}, sent by a staff device under its grant. Judged on the facts this
     * node keeps, and sent to the writer, which judges them again if those facts have changed since; a scan those
     * facts would refuse is judged on the database itself, and refused only if it says so too.
     */
    List<ScanResult> scanAll(long courseId, List<Scan> scans, CurrentUser by, DeviceGrant grant) {
        Instant now = clock.instant();
        ScanResult[] results = new ScanResult[scans.size()];
        List<Scan> toWrite = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<ScanGroups.Entry> refused = new ArrayList<>();
        List<ScanResult> refusals = new ArrayList<>();
        long judgedOn = grant == null ? StaleJudgements.ON_THE_TABLES : grant.judgedOn();
        for (int i = 0; i < scans.size(); i++) {
            Scan scan = scans.get(i).at() == null ? scans.get(i).at(now) : scans.get(i);
            KeptFacts.Kept<Optional<ItemWindow>> window = windows.kept(scan.itemId());
            long[] version = {window.version()};
            Optional<CheckInRefusal> refusal =
                    refusal(courseId, scan, window.value().orElse(null), grant, now, cadre -> {
                        KeptFacts.Kept<Optional<CourseRole>> place = roster.kept(courseId, cadre);
                        version[0] = Math.min(version[0], place.version());
                        return place.value().filter(CourseRole::trainee).isPresent();
                    });
            if (refusal.isEmpty()) {
                judgedOn = Math.min(judgedOn, version[0]);
            } else {
                refusal = refusalNow(courseId, scan, grant, now);
            }
            if (refusal.isPresent()) {
                results[i] = ScanResult.refused(scan, refusal.get());
                refused.add(new ScanGroups.Entry(scan, by.username(), null));
                refusals.add(results[i]);
            } else {
                toWrite.add(scan);
                positions.add(i);
            }
        }
        if (!refused.isEmpty()) {
            audit.refused(refused, refusals, now);
        }
        if (!toWrite.isEmpty()) {
            List<ScanResult> written =
                    writer.writeJudged(toWrite, by.username(), judgedOn, s -> refusalNow(courseId, s, grant, now));
            for (int j = 0; j < written.size(); j++) {
                results[positions.get(j)] = written.get(j);
            }
        }
        return List.of(results);
    }

    /** Why a scan may not count (empty when it may), by a check-in's rules: for headcounts at a field study's legs. */
    Optional<CheckInRefusal> refusalOf(long courseId, Scan scan, DeviceGrant grant, Instant now) {
        return refusal(
                courseId,
                scan,
                windows.of(scan.itemId()).orElse(null),
                grant,
                now,
                cadre -> roster.isTrainee(courseId, cadre));
    }

    /** Why a scan may not count, as the database says now: the device's grant, the item, the place. */
    private Optional<CheckInRefusal> refusalNow(long courseId, Scan scan, DeviceGrant grant, Instant now) {
        if (grant != null && !tokens.standsNow(grant)) {
            return Optional.of(CheckInRefusal.REVOKED);
        }
        return refusalOf(courseId, scan, grant, now);
    }

    private Optional<CheckInRefusal> refusal(
            long courseId, Scan scan, ItemWindow window, DeviceGrant grant, Instant now, LongPredicate trainee) {
        if (window == null || window.courseId() != courseId) {
            return Optional.of(CheckInRefusal.NOT_AN_ITEM_OF_COURSE);
        }
        if (scan.at().isAfter(now.plus(deviceClockSkew))) {
            return Optional.of(CheckInRefusal.IN_THE_FUTURE);
        }
        Optional<CheckInRefusal> closed = window.refusalAt(scan.at(), scan.direction());
        if (closed.isPresent()) {
            return closed;
        }
        if (grant != null && !grant.covers(scan.at())) {
            return Optional.of(CheckInRefusal.BEFORE_TOKEN);
        }
        if (!trainee.test(scan.cadreId())) {
            return Optional.of(CheckInRefusal.NOT_ENROLLED);
        }
        return Optional.empty();
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
        ItemWindow window = windows.of(itemId)
                .filter(w -> w.courseId() == courseId)
                .orElseThrow(() -> DomainException.notFound("attendance.item.notFound"));
        if (!roster.isTrainee(courseId, cadreId)) {
            throw DomainException.invalid("cadreId", "attendance.scan.notTrainee");
        }
        // by hand too, presence is reckoned from times inside the item, never from a time nobody could have been there
        if (!window.within(at, direction)) {
            throw DomainException.invalid("time", CheckInRefusal.OUTSIDE_WINDOW.messageKey());
        }
        Scan scan = new Scan(UUID.randomUUID(), itemId, cadreId, direction, CheckMethod.MANUAL, at, "manual");
        return writer.write(scan, by.username(), reason.strip());
    }
}
