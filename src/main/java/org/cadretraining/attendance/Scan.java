package org.cadretraining.attendance;

import java.time.Instant;
import java.util.UUID;

/** One check-in or check-out as a desk sends it; {@code scanId} is made where the scan happened. */
record Scan(
        UUID scanId, long itemId, long cadreId, Direction direction, CheckMethod method, Instant at, String device) {

    enum Direction {
        IN,
        OUT
    }
}
