package org.cundang.samples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cundang.environment.ClimateMetrics;
import org.cundang.environment.EnvironmentAssessment;
import org.cundang.environment.EnvironmentAssessor;
import org.cundang.environment.Excursion;
import org.cundang.environment.Reading;
import org.cundang.environment.RoomProfile;
import org.cundang.environment.RoomProfiles;
import org.cundang.environment.RoomReport;
import org.cundang.environment.SensorCompliance;
import org.cundang.environment.SensorRisk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cundang room check|metrics}: judge a storage room's climate. */
@Command(name = "room", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {RoomCommand.Check.class, RoomCommand.Metrics.class, RoomLiveCommands.Monitor.class,
                RoomLiveCommands.Simulate.class})
final class RoomCommand {

    /** The most readings one file may hold (ten years of one-minute readings from two sensors). */
    static final int MAX_READINGS = 10_600_000;

    @Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<readings.csv>", descriptionKey = "room.readings")
        Path file;

        @Option(names = "--room", paramLabel = "TYPE", defaultValue = "paper", descriptionKey = "room.room")
        String room;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "", descriptionKey = "room.name")
        String name;

        @Option(names = "--report", paramLabel = "out.html", descriptionKey = "room.report")
        Path report;

        @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "room.zone")
        String zoneName;

        @Override
        public Integer call() throws IOException {
            Cli cli = Cli.of(spec);
            ZoneId zone = zone(zoneName);
            RoomProfile profile = RoomProfiles.defaults().get(room);
            List<Reading> readings = readCsv(file, zone);
            EnvironmentAssessment a = EnvironmentAssessor.of(profile).assess(readings);
            String roomName = name.isBlank() ? profile.name().in(cli.locale()) : name;
            if (report != null) {
                Files.writeString(report, RoomReport.of(roomName, zone, cli.locale()).render(a, readings),
                        StandardCharsets.UTF_8);
            }
            if (cli.json()) {
                cli.printJson(toJson(a, readings.size(), cli));
            } else {
                cli.out().println(cli.text(a.passesCompliance() ? "room.pass" : "room.fail", roomName,
                        String.valueOf(readings.size())));
                for (SensorCompliance c : a.compliance()) {
                    cli.out().println(cli.text("room.sensor", c.sensorId().isEmpty() ? "—" : c.sensorId(),
                            c.fractionInBand().isPresent()
                                    ? String.format(Locale.ROOT, "%.1f", 100 * c.fractionInBand().getAsDouble()) : "—",
                            String.valueOf(c.excursions().size()), String.valueOf(c.swings().size()),
                            String.valueOf(c.issues().size())));
                }
                a.findings().forEach(f -> cli.out().println(Findings.line(f, cli)));
                if (report != null) {
                    cli.out().println(cli.text("room.reportWritten", report.toString()));
                }
            }
            return a.passesCompliance() ? CundangCommand.OK : CundangCommand.CHECK_FAILED;
        }
    }

    @Command(name = "metrics", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Metrics implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--t", required = true, paramLabel = "°C", descriptionKey = "room.t")
        double t;

        @Option(names = "--rh", required = true, paramLabel = "%", descriptionKey = "room.rh")
        double rh;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            ClimateMetrics m = ClimateMetrics.of(t, rh);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("temperature", t);
            doc.put("relativeHumidity", rh);
            doc.put("dewPoint", round(m.dewPoint()));
            doc.put("preservationIndex", round(m.preservationIndex()));
            doc.put("equilibriumMoistureContent", round(m.equilibriumMoistureContent()));
            doc.put("mouldCriticalHumidity", round(m.mouldCriticalHumidity()));
            doc.put("daysToMouldGrowth", m.daysToMouldGrowth() == null ? null : round(m.daysToMouldGrowth()));
            Map<String, Object> ratings = new LinkedHashMap<>();
            ratings.put("ageing", m.ageing().name());
            ratings.put("mechanical", m.mechanical().name());
            ratings.put("corrosion", m.corrosion().name());
            ratings.put("mould", m.mould().name());
            ratings.put("condensation", m.condensation().name());
            doc.put("ratings", ratings);
            if (cli.json()) {
                cli.printJson(doc);
            } else {
                cli.out().println(cli.text("room.metrics", fmt(t), fmt(rh), fmt(m.dewPoint()),
                        fmt(m.preservationIndex()), fmt(m.equilibriumMoistureContent())));
                cli.out().println(cli.text("room.ratings", rating(cli, m.ageing()), rating(cli, m.mechanical()),
                        rating(cli, m.corrosion()), rating(cli, m.mould()), rating(cli, m.condensation())));
            }
            return CundangCommand.OK;
        }
    }

    static Map<String, Object> toJson(EnvironmentAssessment a, int readings, Cli cli) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("room", a.profile().id());
        doc.put("readings", readings);
        doc.put("compliant", a.passesCompliance());
        List<Map<String, Object>> sensors = new ArrayList<>();
        for (SensorCompliance c : a.compliance()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sensor", c.sensorId());
            m.put("readings", c.readings());
            m.put("first", c.first().toString());
            m.put("last", c.last().toString());
            m.put("fractionInBand", c.fractionInBand().isPresent() ? round(c.fractionInBand().getAsDouble()) : null);
            List<Map<String, Object>> ex = new ArrayList<>();
            for (Excursion e : c.excursions()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("quantity", e.quantity().name());
                x.put("bound", e.bound().name());
                x.put("start", e.start().toString());
                x.put("end", e.end().toString());
                x.put("peak", e.peak());
                x.put("limit", e.limit());
                ex.add(x);
            }
            m.put("excursions", ex);
            m.put("swings", c.swings().size());
            m.put("dataIssues", c.issues().size());
            a.riskOf(c.sensorId()).ifPresent(r -> m.put("risk", risk(r)));
            sensors.add(m);
        }
        doc.put("sensors", sensors);
        doc.put("findings", Findings.toJson(a.findings(), cli));
        return doc;
    }

    private static Map<String, Object> risk(SensorRisk r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("twpi", round(r.twpi()));
        m.put("ageing", r.ageing().name());
        m.put("mechanical", r.mechanical().name());
        m.put("corrosion", r.corrosion().name());
        m.put("mould", r.mould().name());
        m.put("condensation", r.condensation().name());
        return m;
    }

    private static String rating(Cli cli, org.cundang.environment.Rating r) {
        return cli.text("room.rating." + r.name());
    }

    static ZoneId zone(String name) {
        if (name == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name);
        } catch (java.time.DateTimeException e) {
            throw CliException.of("CD-9014", name);
        }
    }

    /**
     * Reads {@code time,temperature,humidity[,sensor]} lines (a header line is skipped; UTF-8). Times are ISO
     * instants ({@code 2026-01-01T00:00:00Z}) or local date-times ({@code 2026-01-01 08:00[:ss]} or with a
     * {@code T}) in {@code zone}.
     */
    static List<Reading> readCsv(Path file, ZoneId zone) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw CliException.cannotRead(file, "not a regular file / 不是普通文件");
        }
        List<Reading> out = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split(",", -1);
                if (n == 1 && f.length >= 3 && !Character.isDigit(f[0].strip().isEmpty() ? 'x' : f[0].strip().charAt(0))) {
                    continue;
                }
                if (f.length < 3 || f.length > 4) {
                    throw CliException.of("CD-9015", file.toString(), String.valueOf(n), abbreviate(s));
                }
                if (out.size() >= MAX_READINGS) {
                    throw CliException.of("CD-9016", file.toString(), String.valueOf(MAX_READINGS));
                }
                try {
                    Instant time = time(f[0].strip(), zone);
                    double t = Double.parseDouble(f[1].strip());
                    double h = Double.parseDouble(f[2].strip());
                    String sensor = f.length == 4 ? f[3].strip() : "";
                    out.add(Reading.of(sensor, time, t, h));
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw CliException.of("CD-9015", file.toString(), String.valueOf(n), abbreviate(s));
                } catch (IllegalArgumentException e) {
                    throw CliException.of("CD-9015", file.toString(), String.valueOf(n), abbreviate(s));
                }
            }
        } catch (CharacterCodingException e) {
            throw CliException.cannotRead(file, "not UTF-8 / 不是 UTF-8 编码");
        }
        return out;
    }

    private static Instant time(String s, ZoneId zone) {
        if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return java.time.OffsetDateTime.parse(s.replace(' ', 'T')).toInstant();
        }
        return LocalDateTime.parse(s.replace(' ', 'T')).atZone(zone).toInstant();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
