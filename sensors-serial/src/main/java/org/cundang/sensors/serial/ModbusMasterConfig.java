package org.cundang.sensors.serial;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.cundang.sensor.SensorContext;

/**
 * The robustness settings of a {@link ModbusRtuMaster}, each answering a complaint about other Modbus libraries
 * (PRIOR-ART.md section 3; {@code docs/sensors.md}). Immutable; build with {@link #builder()}.
 *
 * @param responseTimeout how long to wait for an answer; default 1000 ms (libmodbus#776: errors vanished at 600 ms
 *                        and above; libmodbus#83: below 500 ms a late answer is taken for the next request)
 * @param extraDelay      added to the t3.5 gap before each request; default 0 (openhab1-addons#2843: slow devices
 *                        needed 50 ms)
 * @param retries         attempts after the first one; default 2
 * @param backoff         wait before the first retry, doubled for each further retry; default 50 ms
 * @param reopenAfter     close and reopen the port after this many consecutive failed requests; default 3
 *                        (j2mod#101: a transport that failed for good until it was re-created)
 * @param discardEcho     read back and drop our own request first (RS-485 adapters that echo); default false
 * @param paceLineRate    pace requests as if bytes took their wire time even where they do not (pseudo-terminals,
 *                        USB adapters that buffer), so a poll loop never outruns a real bus; default true
 * @param context         clock and event listener, not null
 */
public record ModbusMasterConfig(Duration responseTimeout, Duration extraDelay, int retries, Duration backoff,
                                 int reopenAfter, boolean discardEcho, boolean paceLineRate, SensorContext context) {

    /** Validates the fields. */
    public ModbusMasterConfig {
        requireNonNull(responseTimeout, "responseTimeout");
        requireNonNull(extraDelay, "extraDelay");
        requireNonNull(backoff, "backoff");
        requireNonNull(context, "context");
        if (responseTimeout.toMillis() < 10 || responseTimeout.toSeconds() > 60) {
            throw new IllegalArgumentException("responseTimeout must be 10 ms..60 s, was " + responseTimeout);
        }
        if (extraDelay.isNegative() || extraDelay.toSeconds() > 10 || backoff.isNegative() || backoff.toSeconds() > 10) {
            throw new IllegalArgumentException("extraDelay and backoff must be 0..10 s");
        }
        if (retries < 0 || retries > 10 || reopenAfter < 1 || reopenAfter > 1000) {
            throw new IllegalArgumentException("retries must be 0..10 and reopenAfter 1..1000");
        }
    }

    /** The defaults listed above, with the system clock and no event listener. */
    public static ModbusMasterConfig defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModbusMasterConfig}. */
    public static final class Builder {
        private Duration responseTimeout = Duration.ofMillis(1000);
        private Duration extraDelay = Duration.ZERO;
        private int retries = 2;
        private Duration backoff = Duration.ofMillis(50);
        private int reopenAfter = 3;
        private boolean discardEcho;
        private boolean paceLineRate = true;
        private SensorContext context = SensorContext.systemDefault();

        private Builder() {
        }

        /**
         * @param v the response timeout, 10 ms..60 s
         * @return this builder
         */
        public Builder responseTimeout(Duration v) {
            this.responseTimeout = requireNonNull(v, "responseTimeout");
            return this;
        }

        /**
         * @param v the extra delay before each request, 0..10 s
         * @return this builder
         */
        public Builder extraDelay(Duration v) {
            this.extraDelay = requireNonNull(v, "extraDelay");
            return this;
        }

        /**
         * @param v retries after the first attempt, 0..10
         * @return this builder
         */
        public Builder retries(int v) {
            this.retries = v;
            return this;
        }

        /**
         * @param v the first back-off, doubled per retry, 0..10 s
         * @return this builder
         */
        public Builder backoff(Duration v) {
            this.backoff = requireNonNull(v, "backoff");
            return this;
        }

        /**
         * @param v consecutive failed requests before the port is reopened, 1..1000
         * @return this builder
         */
        public Builder reopenAfter(int v) {
            this.reopenAfter = v;
            return this;
        }

        /**
         * @param v whether to discard our own echoed request
         * @return this builder
         */
        public Builder discardEcho(boolean v) {
            this.discardEcho = v;
            return this;
        }

        /**
         * @param v whether to pace at the line rate
         * @return this builder
         */
        public Builder paceLineRate(boolean v) {
            this.paceLineRate = v;
            return this;
        }

        /**
         * @param v clock and event listener, not null
         * @return this builder
         */
        public Builder context(SensorContext v) {
            this.context = requireNonNull(v, "context");
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException if a value is out of range
         */
        public ModbusMasterConfig build() {
            return new ModbusMasterConfig(responseTimeout, extraDelay, retries, backoff, reopenAfter, discardEcho,
                    paceLineRate, context);
        }
    }
}
