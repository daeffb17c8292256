package org.cundang.sensor;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * What a provider gets from its caller when it creates a source: the clock that stamps readings and the listener
 * for {@link SensorEvent}s. A narrow, immutable context (STYLE.md 7, 10).
 *
 * @param clock  the clock for reading times, not null
 * @param events receives faults and recoveries; called on the polling thread, must not block; not null
 */
public record SensorContext(Clock clock, Consumer<SensorEvent> events) {

    /** Validates the fields. */
    public SensorContext {
        requireNonNull(clock, "clock");
        requireNonNull(events, "events");
    }

    /**
     * A context with a clock and no event listener.
     *
     * @param clock the clock, not null
     * @return the context
     */
    public static SensorContext of(Clock clock) {
        return new SensorContext(clock, e -> { });
    }

    /**
     * The system UTC clock, no event listener.
     *
     * @return the context
     */
    public static SensorContext systemDefault() {
        return of(Clock.systemUTC());
    }

    /**
     * A copy with another event listener.
     *
     * @param listener the listener, not null
     * @return the new context
     */
    public SensorContext withEvents(Consumer<SensorEvent> listener) {
        return new SensorContext(clock, listener);
    }
}
