package org.cadretraining.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the keeper's next round starts: after the gap, once check-ins pause, and never later than the longest wait. */
class RoundTimingTests {

    private static final long MS = 1_000_000L;
    private final RoundTiming timing =
            new RoundTiming(Duration.ofSeconds(1), Duration.ofMillis(250), Duration.ofSeconds(5));

    @Test
    void aLoneCheckInLongAfterTheLastRoundIsJudgedOnceTheQuietMomentHasPassed() {
        long lastRound = 0;
        long wake = 60_000 * MS;
        assertThat(timing.startAt(lastRound, wake, wake)).isEqualTo(wake + 250 * MS);
    }

    @Test
    void theGapAfterTheLastRoundStillHolds() {
        long lastRound = 10_000 * MS;
        long wake = lastRound + 100 * MS;
        assertThat(timing.startAt(lastRound, wake, wake)).isEqualTo(lastRound + 1_000 * MS);
    }

    @Test
    void eachCheckInOfABurstMovesTheRoundBehindIt() {
        long lastRound = 0;
        long first = 60_000 * MS;
        long latest = first + 400 * MS;
        assertThat(timing.startAt(lastRound, first, latest)).isEqualTo(latest + 250 * MS);
    }

    @Test
    void aStreamThatNeverPausesIsJudgedAtTheLongestWait() {
        long lastRound = 0;
        long first = 60_000 * MS;
        long latest = first + 4_900 * MS;
        assertThat(timing.startAt(lastRound, first, latest)).isEqualTo(first + 5_000 * MS);
    }

    @Test
    void theGapWinsOverTheLongestWaitWhenItIsLonger() {
        RoundTiming slow = new RoundTiming(Duration.ofHours(1), Duration.ofMillis(250), Duration.ofSeconds(5));
        long lastRound = 10_000 * MS;
        long first = lastRound + MS;
        assertThat(slow.startAt(lastRound, first, first + 10 * MS))
                .isEqualTo(lastRound + Duration.ofHours(1).toNanos());
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThatThrownBy(() -> new RoundTiming(Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
