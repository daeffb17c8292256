package org.cundang.samples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cundang.environment.EnvironmentAssessment;
import org.cundang.environment.EnvironmentAssessor;
import org.cundang.environment.Reading;
import org.cundang.environment.RoomProfiles;
import org.cundang.environment.RoomReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 库房温湿度报告 opens in a real browser without errors and shows its key numbers (issue 7). */
class RoomReportInBrowserTest {

    @Test
    void the_room_report_loads_and_shows_its_numbers(@TempDir Path work) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        List<Reading> rs = new ArrayList<>();
        Instant t0 = Instant.parse("2026-06-01T00:00:00Z");
        for (int i = 0; i < 30 * 24 * 6; i++) {
            double t = 20 + 2 * Math.sin(i / 144.0 * 2 * Math.PI);
            if (i >= 2000 && i < 2100) {
                t = 26.5;
            }
            rs.add(Reading.of("S1", t0.plusSeconds(600L * i), t, 52 + 3 * Math.sin(i / 300.0)));
        }
        EnvironmentAssessment a = EnvironmentAssessor.of(RoomProfiles.defaults().get("paper")).assess(rs);
        Path html = work.resolve("room.html");
        Files.writeString(html, RoomReport.of("某某镇档案室一号库房<&>", ZoneId.of("Asia/Shanghai"),
                Locale.SIMPLIFIED_CHINESE).render(a, rs), StandardCharsets.UTF_8);

        HeadlessChromium.Load load = chromium.dumpDom(html, work);
        assertThat(load.exit()).isZero();
        assertThat(load.pageErrors()).isEmpty();
        assertThat(load.dom()).contains("库房温湿度报告").contains("4320").contains("CD-6020")
                .contains("某某镇档案室一号库房&lt;&amp;&gt;").contains("<svg").contains("class=\"excursion\"");
        Path png = Path.of("target", "screenshots", "room-report.png");
        assertThat(chromium.screenshot(html, png, work)).isZero();
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
