package org.cadretraining.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until a test moves it, so that rules about time windows can be shown. */
public class AdjustableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public AdjustableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Sets the clock to a moment; a test that does so puts it back afterwards, the clock is shared. */
    public void setTo(Instant moment) {
        now = moment;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new AdjustableClock(now, otherZone);
    }
}
