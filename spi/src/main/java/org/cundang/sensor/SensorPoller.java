package org.cundang.sensor;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cundang.environment.Reading;

/**
 * Polls a source on a schedule, on one thread of its own, with a fixed delay between the end of one round and the
 * start of the next: rounds never overlap, so the requests of several probes on one bus never collide. A round
 * that throws is reported to the error handler and the schedule goes on. Close to stop (waits for a running round
 * to finish).
 */
public final class SensorPoller implements AutoCloseable {

    private final ScheduledExecutorService executor;

    private SensorPoller(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Starts polling at once, then every {@code interval} after each round ends.
     *
     * @param source   the source, not null (not closed by the poller)
     * @param interval the delay between rounds, at least 1 ms, not null
     * @param readings receives each round's readings, not null
     * @param errors   receives each round's exception, not null
     * @return the running poller
     */
    public static SensorPoller start(SensorSource source, Duration interval, Consumer<List<Reading>> readings,
                                     Consumer<RuntimeException> errors) {
        requireNonNull(source, "source");
        requireNonNull(interval, "interval");
        requireNonNull(readings, "readings");
        requireNonNull(errors, "errors");
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("interval must be at least 1 ms, was " + interval);
        }
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cundang-sensor-poller " + source.id());
            t.setDaemon(true);
            return t;
        });
        ex.scheduleWithFixedDelay(() -> {
            try {
                readings.accept(source.poll());
            } catch (RuntimeException e) {
                errors.accept(e);
            }
        }, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
        return new SensorPoller(ex);
    }

    /** Stops the schedule and waits up to 10 s for a running round to end. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
