package org.cundang.samples.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cundang.environment.Reading;
import org.cundang.environment.RoomProfile;
import org.cundang.environment.RoomProfiles;
import org.cundang.sensor.SensorContext;
import org.cundang.sensor.SensorEvent;
import org.cundang.sensor.SensorSource;
import org.cundang.sensor.SensorSources;
import org.cundang.sensors.serial.DeviceProfile;
import org.cundang.sensors.serial.DeviceProfiles;
import org.cundang.sensors.serial.ModbusSlaveSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cundang room monitor} and {@code cundang room simulate}: live probes on a serial line. */
final class RoomLiveCommands {

    private RoomLiveCommands() {
    }

    static Duration duration(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            } else if (s.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
            } else if (s.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)) * 60);
            } else if (s.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(s.substring(0, s.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(s));
        } catch (NumberFormatException | ArithmeticException e) {
            throw CliException.of("CD-9017", text);
        }
    }

    @Command(name = "monitor", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Monitor implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--port", required = true, paramLabel = "PATH", descriptionKey = "room.port")
        String port;

        @Option(names = "--profile", defaultValue = "xy-md02", paramLabel = "ID", descriptionKey = "room.profile")
        String profile;

        @Option(names = "--address", defaultValue = "1", paramLabel = "N[,N…]", descriptionKey = "room.address")
        String address;

        @Option(names = "--interval", defaultValue = "10s", paramLabel = "10s", descriptionKey = "room.interval")
        String interval;

        @Option(names = "--samples", paramLabel = "N", descriptionKey = "room.samples")
        Integer samples;

        @Option(names = "--room", defaultValue = "paper", paramLabel = "TYPE", descriptionKey = "room.room")
        String room;

        @Override
        public Integer call() throws InterruptedException {
            Cli cli = Cli.of(spec);
            RoomProfile roomProfile = RoomProfiles.defaults().get(room);
            Duration every = duration(interval);
            if (every.toMillis() < 100) {
                throw CliException.of("CD-9017", interval);
            }
            if (samples != null && samples < 1) {
                throw CliException.of("CD-9018", String.valueOf(samples));
            }
            URI uri = URI.create("modbus:" + port + "?profile=" + enc(profile) + "&address=" + enc(address));
            List<Map<String, Object>> readingsJson = Collections.synchronizedList(new ArrayList<>());
            List<Map<String, Object>> alertsJson = Collections.synchronizedList(new ArrayList<>());
            SensorContext ctx = SensorContext.of(Clock.systemUTC()).withEvents(e -> event(cli, e, alertsJson));
            int taken = 0;
            try (StopOnShutdown stop = new StopOnShutdown("cundang-monitor-stop");
                 SensorSource source = SensorSources.installed(RoomLiveCommands.class.getClassLoader()).open(uri, ctx)) {
                while (samples == null || taken < samples) {
                    for (Reading r : source.poll()) {
                        readingsJson.add(reading(r));
                        if (!cli.json()) {
                            cli.out().println(cli.text("room.live.reading", r.time().toString(), r.sensorId(),
                                    fmt(r.temperature()), fmt(r.relativeHumidity())));
                        }
                        String alert = outOfBand(roomProfile, r, cli);
                        if (alert != null) {
                            Map<String, Object> a = new LinkedHashMap<>();
                            a.put("time", r.time().toString());
                            a.put("sensor", r.sensorId());
                            a.put("kind", "OUT_OF_BAND");
                            a.put("message", alert);
                            alertsJson.add(a);
                            if (!cli.json()) {
                                cli.out().println("  ! " + alert);
                            }
                        }
                    }
                    taken++;
                    if ((samples == null || taken < samples) && stop.await(every)) {
                        break;
                    }
                }
            }
            if (cli.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("port", port);
                doc.put("profile", profile);
                doc.put("room", room);
                doc.put("readings", readingsJson);
                doc.put("alerts", alertsJson);
                cli.printJson(doc);
            }
            return alertsJson.isEmpty() ? CundangCommand.OK : CundangCommand.CHECK_FAILED;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        private static void event(Cli cli, SensorEvent e, List<Map<String, Object>> alerts) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("time", e.time().toString());
            a.put("sensor", e.sensorId());
            a.put("kind", e.kind().name());
            a.put("code", e.code());
            a.put("message", cli.text(e.text()));
            alerts.add(a);
            if (!cli.json()) {
                cli.out().println("  ! " + e.code() + " " + cli.text(e.text()));
            }
        }

        private static Map<String, Object> reading(Reading r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", r.time().toString());
            m.put("sensor", r.sensorId());
            m.put("temperature", r.temperature());
            m.put("humidity", r.relativeHumidity());
            return m;
        }

        private static String outOfBand(RoomProfile p, Reading r, Cli cli) {
            boolean t = !p.temperature().contains(r.temperature());
            boolean h = !p.humidity().contains(r.relativeHumidity());
            if (!t && !h) {
                return null;
            }
            return cli.text("room.live.outOfBand", r.sensorId(), fmt(r.temperature()), fmt(r.relativeHumidity()),
                    fmt(p.temperature().min()) + "–" + fmt(p.temperature().max()),
                    fmt(p.humidity().min()) + "–" + fmt(p.humidity().max()));
        }
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Simulate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--port", required = true, paramLabel = "PATH", descriptionKey = "room.port")
        String port;

        @Option(names = "--profile", defaultValue = "xy-md02", paramLabel = "ID", descriptionKey = "room.profile")
        String profile;

        @Option(names = "--address", defaultValue = "1", paramLabel = "N", descriptionKey = "room.address")
        int address;

        @Option(names = "--t", defaultValue = "20", paramLabel = "°C", descriptionKey = "room.t")
        double temperature;

        @Option(names = "--rh", defaultValue = "50", paramLabel = "%", descriptionKey = "room.rh")
        double humidity;

        @Option(names = "--duration", paramLabel = "60s", descriptionKey = "room.duration")
        String durationText;

        @Override
        public Integer call() throws InterruptedException {
            Cli cli = Cli.of(spec);
            DeviceProfile p = DeviceProfiles.builtIn().get(profile);
            Duration limit = durationText == null ? null : duration(durationText);
            try (StopOnShutdown stop = new StopOnShutdown("cundang-simulate-stop");
                 ModbusSlaveSimulator sim = ModbusSlaveSimulator.start(port, p.serial(), p, address)) {
                cli.err().println(cli.text("room.sim.started", port, p.id(), String.valueOf(address), p.serial().toString()));
                Instant start = Instant.now();
                int tick = 0;
                while (limit == null || Duration.between(start, Instant.now()).compareTo(limit) < 0) {
                    double t = temperature + 0.5 * Math.sin(tick / 30.0);
                    double h = humidity + 2.0 * Math.sin(tick / 45.0);
                    sim.set(address, Math.round(t * 10) / 10.0, Math.round(h * 10) / 10.0);
                    tick++;
                    if (stop.await(Duration.ofSeconds(1))) {
                        break;
                    }
                }
                cli.err().println(cli.text("room.sim.stopped", String.valueOf(sim.requests())));
            }
            return CundangCommand.OK;
        }
    }

    /** Ctrl-C (a JVM shutdown) ends the loop cleanly: the resources close and the summary is printed. */
    private static final class StopOnShutdown implements AutoCloseable {
        private final CountDownLatch stopped = new CountDownLatch(1);
        private final Thread hook;

        StopOnShutdown(String name) {
            hook = new Thread(stopped::countDown, name);
            Runtime.getRuntime().addShutdownHook(hook);
        }

        /** Waits up to {@code d}; true when a shutdown began. */
        boolean await(Duration d) throws InterruptedException {
            return stopped.await(d.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down (Ctrl-C): the hook is running
            }
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
