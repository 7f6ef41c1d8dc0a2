package org.cadretraining.completion;

import java.time.Duration;

/**
 * When the keeper's next round may start ({@link WaitingDrain}): a gap after the last round, and once check-ins have
 * paused for a quiet moment, so that a burst of scans is answered first and judged after; but never later than the
 * longest wait after the first check-in that asked for the round, so a steady stream of arrivals is judged too.
 * Times are {@link System#nanoTime()} readings.
 */
record RoundTiming(Duration gap, Duration quiet, Duration longestWait) {

    RoundTiming {
        if (gap.isNegative() || quiet.isNegative() || longestWait.isNegative()) {
            throw new IllegalArgumentException("The keeper's gap, quiet moment and longest wait cannot be negative");
        }
    }

    /**
     * The moment the round may start, given when the last round started, when the first wake asking for this round
     * came and when the latest did.
     */
    long startAt(long lastRound, long firstWake, long latestWake) {
        long afterGap = lastRound + gap.toNanos();
        long afterQuiet = latestWake + quiet.toNanos();
        long latest = Math.max(afterGap, firstWake + longestWait.toNanos());
        return Math.min(Math.max(afterGap, afterQuiet), latest);
    }
}
