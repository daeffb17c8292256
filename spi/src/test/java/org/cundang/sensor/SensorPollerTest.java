package org.cundang.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cundang.environment.Reading;
import org.junit.jupiter.api.Test;

class SensorPollerTest {

    @Test
    void rounds_never_overlap_and_errors_do_not_stop_the_schedule() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(6);
        AtomicInteger errors = new AtomicInteger();
        SensorSource slow = new SensorSource() {
            @Override
            public String id() {
                return "slow";
            }

            @Override
            public List<Reading> poll() {
                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(15);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inside.decrementAndGet();
                if (calls.incrementAndGet() % 2 == 0) {
                    throw new IllegalStateException("every second round fails");
                }
                return List.of();
            }

            @Override
            public void close() {
            }
        };
        try (SensorPoller poller = SensorPoller.start(slow, Duration.ofMillis(1), r -> done.countDown(),
                e -> {
                    errors.incrementAndGet();
                    done.countDown();
                })) {
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(maxInside.get()).isEqualTo(1);
        assertThat(errors.get()).isGreaterThanOrEqualTo(3);
    }
}
