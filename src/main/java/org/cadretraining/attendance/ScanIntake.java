package org.cadretraining.attendance;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Takes a batch of scans from a staff device, whichever way it arrives: every field is checked, because a device may
 * send anything, and each scan gets its own outcome. The caller has checked who may send scans for the course.
 */
@Component
class ScanIntake {

    /** A batch of scans as the device sends it; every field is checked, because a device may send anything. */
    record ScanBatch(String device, List<ScanIn> scans) {}

    /**
     * One scan; at a field study a headcount names its {@code leg} (DEPART, ARRIVE, LEAVE_SITE, RETURN; then the
     * direction is the leg's and may be left out) and may name the {@code vehicleId} the person was counted on.
     */
    record ScanIn(
            String scanId,
            Long itemId,
            Long cadreId,
            String badge,
            String direction,
            String method,
            String at,
            String leg,
            Long vehicleId) {

        ScanIn(String scanId, Long itemId, Long cadreId, String badge, String direction, String method, String at) {
            this(scanId, itemId, cadreId, badge, direction, method, at, null, null);
        }

        boolean counted() {
            return leg != null && !leg.isBlank();
        }
    }

    /**
     * What became of each scan: recorded, duplicate, conflict or refused, with the time that stands; for a refusal
     * or a conflict its reason code ({@code outside_window}, {@code scan_id_conflict}, ...) and the same as a sentence
     * in the caller's language; for a scan id used before for someone else, that person too.
     */
    record ScanOut(
            String scanId,
            Long cadreId,
            String outcome,
            Instant firstCheckIn,
            String reasonCode,
            String reason,
            Long otherCadreId) {}

    record BatchOutcome(List<ScanOut> results) {}

    static final int MOST_SCANS_PER_BATCH = 500;

    private final CheckInCodes codes;
    private final CheckInDesk desk;
    private final RefusalTexts texts;
    private final FieldLegDesk legs;

    ScanIntake(CheckInCodes codes, CheckInDesk desk, RefusalTexts texts, FieldLegDesk legs) {
        this.codes = codes;
        this.desk = desk;
        this.texts = texts;
        this.legs = legs;
    }

    /** Scans sent from a signed-in page. */
    BatchOutcome take(long courseId, ScanBatch batch, CurrentUser user) {
        return take(courseId, batch, user, null);
    }

    /** Scans sent by a staff device under its grant (null for a signed-in page). */
    BatchOutcome take(long courseId, ScanBatch batch, CurrentUser user, DeviceGrant grant) {
        List<ScanIn> scans = batch.scans() == null ? List.of() : batch.scans();
        scans = scans.subList(0, Math.min(scans.size(), MOST_SCANS_PER_BATCH));
        ScanOut[] results = new ScanOut[scans.size()];
        List<Scan> readable = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<LegScan> counts = new ArrayList<>();
        List<Integer> countPositions = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            ScanIn in = scans.get(i);
            Long cadreId = in.badge() != null && !in.badge().isBlank()
                    ? codes.cadreOf(in.badge().strip()).orElse(null)
                    : in.cadreId();
            Optional<UUID> scanId = uuid(in.scanId());
            Optional<Leg> leg = in.counted() ? value(Leg.class, in.leg()) : Optional.empty();
            Optional<Scan.Direction> direction =
                    in.counted() ? leg.map(Leg::window) : value(Scan.Direction.class, in.direction());
            Optional<CheckMethod> method = value(CheckMethod.class, in.method())
                    .filter(m -> m == CheckMethod.STAFF_TAP || m == CheckMethod.BADGE_SCAN);
            if (scanId.isEmpty() || in.itemId() == null || direction.isEmpty() || method.isEmpty()) {
                results[i] = unreadable(in, cadreId, "attendance.scan.malformed");
            } else if (cadreId == null) {
                results[i] = unreadable(in, null, "attendance.badge.invalid");
            } else {
                Scan scan = new Scan(
                        scanId.get(),
                        in.itemId(),
                        cadreId,
                        direction.get(),
                        method.get(),
                        instant(in.at()),
                        batch.device(),
                        grant == null ? null : grant.id());
                if (in.counted()) {
                    counts.add(new LegScan(scan, leg.orElseThrow(), in.vehicleId()));
                    countPositions.add(i);
                } else {
                    readable.add(scan);
                    positions.add(i);
                }
            }
        }
        List<ScanResult> taken = readable.isEmpty() ? List.of() : desk.scanAll(courseId, readable, user, grant);
        answer(results, scans, positions, taken);
        List<ScanResult> legsTaken = counts.isEmpty() ? List.of() : legs.countAll(courseId, counts, user, grant);
        answer(results, scans, countPositions, legsTaken);
        return new BatchOutcome(List.of(results));
    }

    private void answer(ScanOut[] results, List<ScanIn> scans, List<Integer> positions, List<ScanResult> taken) {
        for (int j = 0; j < taken.size(); j++) {
            ScanResult result = taken.get(j);
            results[positions.get(j)] = new ScanOut(
                    scans.get(positions.get(j)).scanId(),
                    result.cadreId(),
                    result.outcome().name(),
                    result.firstCheckIn(),
                    result.refusal() == null ? null : result.refusal().code(),
                    result.refusal() == null ? null : texts.sentence(result),
                    result.otherCadreId());
        }
    }

    private ScanOut unreadable(ScanIn in, Long cadreId, String messageKey) {
        return new ScanOut(
                in.scanId(),
                cadreId,
                ScanOutcome.REFUSED.name(),
                null,
                CheckInRefusal.INVALID.code(),
                texts.text(messageKey),
                null);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Optional<E> value(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
