package org.cundang.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoomReportTest {

    static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    static List<Reading> month(String sensor, boolean excursion) {
        List<Reading> rs = new ArrayList<>();
        for (int i = 0; i < 30 * 24 * 6; i++) {
            double t = 20 + 2 * Math.sin(i / 144.0 * 2 * Math.PI);
            double h = 52 + 3 * Math.sin(i / 300.0);
            if (excursion && i >= 2000 && i < 2100) {
                t = 26.5 + (i % 3) * 0.1;
            }
            rs.add(Reading.of(sensor, T0.plus(Duration.ofMinutes(10L * i)), t, h));
        }
        return rs;
    }

    @Test
    void a_compliant_room_reads_as_compliant_with_charts_and_no_script() {
        List<Reading> rs = month("S1", false);
        EnvironmentAssessment a = EnvironmentAssessor.of(RoomProfiles.defaults().get("paper")).assess(rs);
        String html = RoomReport.of("一号库房", ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE).render(a, rs);
        assertThat(a.passesCompliance()).isTrue();
        assertThat(html).contains("库房温湿度报告").contains("一号库房").contains("符合").contains("4320")
                .contains("<svg").contains("class=\"band\"").doesNotContain("class=\"excursion\"")
                .doesNotContainIgnoringCase("<script");
    }

    @Test
    void excursions_are_marked_on_the_chart_and_listed() {
        List<Reading> rs = month("S1", true);
        EnvironmentAssessment a = EnvironmentAssessor.of(RoomProfiles.defaults().get("paper")).assess(rs);
        String html = RoomReport.of("一号库房", ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE).render(a, rs);
        assertThat(a.passesCompliance()).isFalse();
        assertThat(html).contains("class=\"excursion\"").contains("不符合").contains("CD-6020");
        String en = RoomReport.of("Room 1", ZoneId.of("UTC"), Locale.ENGLISH).render(a, rs);
        assertThat(en).contains("Storage room climate report").contains("Not compliant");
    }

    @Test
    void hostile_names_are_escaped() {
        List<Reading> rs = new ArrayList<>(month("<img src=x onerror=alert(1)>", false));
        EnvironmentAssessment a = EnvironmentAssessor.of(RoomProfiles.defaults().get("paper")).assess(rs);
        String html = RoomReport.of("<script>alert('x')</script>&\u202E", ZoneId.of("UTC"), Locale.ENGLISH)
                .render(a, rs);
        assertThat(html).doesNotContain("<script>").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;").doesNotContain("\u202E");
    }

    @Test
    void long_series_are_drawn_with_a_bounded_number_of_points_keeping_the_peak() {
        List<Reading> rs = new ArrayList<>();
        for (int i = 0; i < 525_600; i++) {
            double t = i == 300_001 ? 35.5 : 20.0;
            rs.add(Reading.of("S", T0.plus(Duration.ofMinutes(i)), t, 50));
        }
        EnvironmentAssessment a = EnvironmentAssessor.of(RoomProfiles.defaults().get("paper")).assess(rs);
        String html = RoomReport.of("R", ZoneId.of("UTC"), Locale.ENGLISH).render(a, rs);
        String firstLine = html.substring(html.indexOf("<polyline"), html.indexOf("/>", html.indexOf("<polyline")));
        long points = firstLine.chars().filter(c -> c == ',').count();
        assertThat(points).isLessThanOrEqualTo(RoomReport.MAX_POINTS);
        double minY = java.util.Arrays.stream(firstLine.substring(firstLine.indexOf("points=\"") + 8).replace("\"", " ").trim().split("\\s+"))
                .mapToDouble(p -> Double.parseDouble(p.split(",")[1])).min().orElseThrow();
        // 20 °C is drawn near y = 122 and the 24 °C band edge near y = 97; the single 35.5 °C minute near y = 23.
        assertThat(minY).as("the one-minute peak survives down-sampling").isLessThan(40);
    }
}
