package org.cundang.tck;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests and the conformance kits move by hand (Micrometer's MockClock). Thread-safe. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /**
     * Creates the clock.
     *
     * @param start the initial instant, not null
     */
    public MutableClock(Instant start) {
        this.now = requireNonNull(start, "start");
    }

    /**
     * Moves the clock forward.
     *
     * @param amount how much, not null
     * @return the new instant
     */
    public synchronized Instant advance(Duration amount) {
        now = now.plus(amount);
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
