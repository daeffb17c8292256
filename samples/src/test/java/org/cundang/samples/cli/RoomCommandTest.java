package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cundang.sensors.serial.testkit.PtyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomCommandTest {

    static Path readings(Path dir, boolean excursion) throws Exception {
        StringBuilder b = new StringBuilder("time,temperature,humidity,sensor\n");
        Instant t0 = Instant.parse("2026-06-01T00:00:00Z");
        for (int i = 0; i < 3 * 24 * 6; i++) {
            double t = 20 + Math.sin(i / 40.0);
            if (excursion && i >= 100 && i < 110) {
                t = 27.0;
            }
            b.append(t0.plusSeconds(600L * i)).append(',').append(String.format(java.util.Locale.ROOT, "%.1f", t))
                    .append(",50.0,S1\n");
        }
        Path f = dir.resolve(excursion ? "hot.csv" : "ok.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void check_passes_a_compliant_room_and_writes_the_report(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("room.html");
        CliRun r = CliRun.of("room", "check", "--room", "paper", readings(dir, false).toString(), "--report",
                html.toString(), "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("compliant").asBoolean()).isTrue();
        assertThat(r.json().get("readings").asInt()).isEqualTo(432);
        assertThat(Files.readString(html)).contains("库房温湿度报告").contains("<svg");
    }

    @Test
    void check_fails_a_room_with_an_excursion(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("room", "check", readings(dir, true).toString(), "--json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode s = r.json().get("sensors").get(0);
        assertThat(s.get("excursions").get(0).get("quantity").asText()).isEqualTo("TEMPERATURE");
        assertThat(s.get("excursions").get(0).get("peak").asDouble()).isEqualTo(27.0);
    }

    @Test
    void malformed_readings_name_the_line(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "time,temperature,humidity\n2026-06-01 00:00,20,50\n2026-06-01 00:10,warm,50\n");
        CliRun r = CliRun.of("room", "check", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("CD-9015").contains("3");
        assertThat(CliRun.of("room", "check", "--room", "cellar", f.toString()).err()).startsWith("CD-6001");
    }

    @Test
    void metrics_of_the_edge_case_show_compliance_and_risk_disagree() {
        CliRun r = CliRun.of("room", "metrics", "--t", "24", "--rh", "60", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("preservationIndex").asDouble()).isBetween(20.0, 22.5);
        assertThat(r.json().get("ratings").get("ageing").asText()).isEqualTo("RISK");
        assertThat(r.json().get("dewPoint").asDouble()).isBetween(15.5, 16.0);
    }

    @Test
    void monitor_reads_the_simulator_over_a_pseudo_terminal() throws Exception {
        try (PtyPair pty = PtyPair.open()) {
            CompletableFuture<CliRun> sim = CompletableFuture.supplyAsync(() -> CliRun.of("room", "simulate",
                    "--port", pty.a(), "--t", "21.5", "--rh", "48", "--duration", "6s"));
            Thread.sleep(500);
            CliRun r = CliRun.of("room", "monitor", "--port", pty.b(), "--samples", "3", "--interval", "300ms",
                    "--json");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode readings = r.json().get("readings");
            assertThat(readings.size()).isEqualTo(3);
            assertThat(readings.get(0).get("temperature").asDouble()).isBetween(20.5, 22.5);
            assertThat(readings.get(0).get("humidity").asDouble()).isBetween(45.0, 51.0);
            assertThat(sim.get(15, TimeUnit.SECONDS).exit()).isZero();
        }
    }

    @Test
    void monitor_of_a_missing_port_is_one_line_error() {
        CliRun r = CliRun.of("room", "monitor", "--port", "/nonexistent/tty", "--samples", "1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("CD-61").doesNotContain("\n");
    }
}
