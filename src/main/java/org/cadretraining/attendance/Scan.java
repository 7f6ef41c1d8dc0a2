package org.cadretraining.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * One check-in or check-out as a desk sends it; {@code scanId} is made where the scan happened and is bound to the
 * device, the person and the item; {@code grantId} is the staff device's grant that sent it (null otherwise).
 */
record Scan(
        UUID scanId,
        long itemId,
        long cadreId,
        Direction direction,
        CheckMethod method,
        Instant at,
        String device,
        Long grantId) {

    enum Direction {
        IN,
        OUT
    }

    Scan(UUID scanId, long itemId, long cadreId, Direction direction, CheckMethod method, Instant at, String device) {
        this(scanId, itemId, cadreId, direction, method, at, device, null);
    }

    /** The same scan at another time (a device's clock not believed). */
    Scan at(Instant time) {
        return new Scan(scanId, itemId, cadreId, direction, method, time, device, grantId);
    }
}
