package org.cundang.sensor;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cundang.LocalizedText;
import org.cundang.environment.Reading;

/**
 * A simulated room probe (or several) for demos and tests: a base temperature and humidity with a linear drift,
 * Gaussian noise and random dropouts, all seeded, so a run is reproducible; reading times come from the context's
 * clock. Created with {@link #builder(String)} or through {@link SimulatedSensorProvider} with a spec such as
 * {@code sim:room1?seed=7&amp;sensors=2&amp;t=20&amp;rh=55&amp;drift=0.1&amp;noise=0.2&amp;dropout=0.05}.
 *
 * <p>Sensor {@code i} (0-based) of source {@code room1} has id {@code room1-(i+1)} and reads
 * {@code t + 0.3 i + drift × hours + noise × N(0,1)} °C and likewise for humidity (clamped to 0..100 %), where
 * {@code hours} is the clock time since the source was created. A dropout (probability {@code dropout} per sensor
 * and poll) leaves the sensor out of the round and sends a {@link SensorEvent.Kind#DROPOUT} event. Thread-safe.
 */
public final class SimulatedSensor implements SensorSource {

    private final String id;
    private final Builder b;
    private final SensorContext context;
    private final Instant start;
    private final Random random;
    private boolean closed;

    private SimulatedSensor(Builder b, SensorContext context) {
        this.id = "sim:" + b.name;
        this.b = b.copy();
        this.context = context;
        this.start = context.clock().instant();
        this.random = new Random(b.seed);
    }

    /**
     * A builder with defaults: one sensor, 20 °C, 50 %, no drift, noise 0.1 °C and 0.5 %, no dropouts, seed 1.
     *
     * @param name the source name (the id is {@code sim:<name>}), not blank
     * @return the builder
     */
    public static Builder builder(String name) {
        requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        return new Builder(name);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized List<Reading> poll() {
        if (closed) {
            throw SensorException.closed(id);
        }
        Instant now = context.clock().instant();
        double hours = Duration.between(start, now).toMillis() / 3_600_000.0;
        List<Reading> round = new ArrayList<>(b.sensors);
        for (int i = 0; i < b.sensors; i++) {
            String sensorId = b.name + "-" + (i + 1);
            double draw = random.nextDouble();
            double t = b.temperature + 0.3 * i + b.drift * hours + b.noise * random.nextGaussian();
            double rh = b.humidity + b.driftHumidity * hours + b.noiseHumidity * random.nextGaussian();
            if (draw < b.dropout) {
                context.events().accept(new SensorEvent(now, id, sensorId, SensorEvent.Kind.DROPOUT, "",
                        new LocalizedText("模拟传感器 " + sensorId + " 本轮无读数", "simulated sensor " + sensorId
                                + " gave no reading this round")));
                continue;
            }
            round.add(Reading.of(sensorId, now, t, Math.max(0, Math.min(100, rh))));
        }
        return List.copyOf(round);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Settings of a {@link SimulatedSensor}. Not thread-safe; {@link #open} copies it. */
    public static final class Builder {
        private final String name;
        private int sensors = 1;
        private double temperature = 20;
        private double humidity = 50;
        private double drift;
        private double driftHumidity;
        private double noise = 0.1;
        private double noiseHumidity = 0.5;
        private double dropout;
        private long seed = 1;

        private Builder(String name) {
            this.name = name;
        }

        private Builder copy() {
            Builder c = new Builder(name);
            c.sensors = sensors;
            c.temperature = temperature;
            c.humidity = humidity;
            c.drift = drift;
            c.driftHumidity = driftHumidity;
            c.noise = noise;
            c.noiseHumidity = noiseHumidity;
            c.dropout = dropout;
            c.seed = seed;
            return c;
        }

        /**
         * How many sensors the source simulates.
         *
         * @param n 1..247
         * @return this builder
         */
        public Builder sensors(int n) {
            this.sensors = range(n, 1, 247, "sensors");
            return this;
        }

        /**
         * The base temperature and humidity.
         *
         * @param celsius  -50..80 °C
         * @param percent  0..100 %
         * @return this builder
         */
        public Builder base(double celsius, double percent) {
            this.temperature = range(celsius, -50, 80, "temperature");
            this.humidity = range(percent, 0, 100, "humidity");
            return this;
        }

        /**
         * Linear drift per hour of clock time.
         *
         * @param celsiusPerHour -10..10
         * @param percentPerHour -10..10
         * @return this builder
         */
        public Builder drift(double celsiusPerHour, double percentPerHour) {
            this.drift = range(celsiusPerHour, -10, 10, "drift");
            this.driftHumidity = range(percentPerHour, -10, 10, "driftHumidity");
            return this;
        }

        /**
         * Standard deviation of the Gaussian noise.
         *
         * @param celsius 0..10
         * @param percent 0..20
         * @return this builder
         */
        public Builder noise(double celsius, double percent) {
            this.noise = range(celsius, 0, 10, "noise");
            this.noiseHumidity = range(percent, 0, 20, "noiseHumidity");
            return this;
        }

        /**
         * Probability that a sensor gives no reading in a round.
         *
         * @param probability 0..1
         * @return this builder
         */
        public Builder dropout(double probability) {
            this.dropout = range(probability, 0, 1, "dropout");
            return this;
        }

        /**
         * The random seed.
         *
         * @param seed any value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Creates the source.
         *
         * @param context clock and event listener, not null
         * @return the source
         */
        public SimulatedSensor open(SensorContext context) {
            requireNonNull(context, "context");
            return new SimulatedSensor(this, context);
        }

        private static int range(int v, int min, int max, String name) {
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + v);
            }
            return v;
        }

        private static double range(double v, double min, double max, String name) {
            if (!(v >= min && v <= max)) {
                throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + v);
            }
            return v;
        }
    }
}
