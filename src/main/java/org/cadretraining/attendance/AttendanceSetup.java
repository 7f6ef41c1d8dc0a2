package org.cadretraining.attendance;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records checks without a page or a device, for demo data and other modules' tests, by the same writer as the
 * check-in desks: the first check-in of a cadre at an item wins, and every check leaves its audit row, received
 * and recorded at the time of the check (the data is entered after the fact).
 */
@Service
public class AttendanceSetup {

    private final CheckInWriter writer;

    AttendanceSetup(CheckInWriter writer) {
        this.writer = writer;
    }

    /** Checks the cadre in at the item at the given time; false when they had already checked in. */
    @Transactional
    public boolean checkIn(long itemId, long cadreId, Instant at, CheckMethod method, String reason, String by) {
        return record(itemId, cadreId, Scan.Direction.IN, at, method, reason, by);
    }

    /** Checks the cadre out of the item at the given time. */
    @Transactional
    public void checkOut(long itemId, long cadreId, Instant at, CheckMethod method, String reason, String by) {
        record(itemId, cadreId, Scan.Direction.OUT, at, method, reason, by);
    }

    private boolean record(
            long itemId,
            long cadreId,
            Scan.Direction direction,
            Instant at,
            CheckMethod method,
            String reason,
            String by) {
        Scan scan = new Scan(UUID.randomUUID(), itemId, cadreId, direction, method, at, by);
        return writer.writeReceivedAt(scan, by, reason, at).outcome() == ScanOutcome.RECORDED;
    }
}
