package org.cadretraining.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * What became of a scan; {@code firstCheckIn} is the time that stands: the scan's own when it was recorded, the
 * first check-in's for a duplicate or a conflict; {@code refusal} why it did not count (null when it did, or was a
 * duplicate); {@code otherCadreId} the person a scan id was first used for, when it was used again for another.
 */
record ScanResult(
        UUID scanId,
        long cadreId,
        ScanOutcome outcome,
        Instant firstCheckIn,
        CheckInRefusal refusal,
        Long otherCadreId) {

    static ScanResult refused(Scan scan, CheckInRefusal refusal) {
        return new ScanResult(scan.scanId(), scan.cadreId(), ScanOutcome.REFUSED, null, refusal, null);
    }
}
