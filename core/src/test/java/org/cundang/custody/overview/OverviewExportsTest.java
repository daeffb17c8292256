package org.cundang.custody.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OverviewExportsTest {

    private static final String HOSTILE = "=HYPERLINK(\"http://x\",\"点我\")";

    private static TownshipReport xianjiang() {
        return Reports.township("仙降街道", List.of(
                Reports.row("Z101", "东岙村", true, 10, 4, 5, 2, 1, List.of("CJ-2.3")),
                Reports.row("Z102", HOSTILE, false, 0, 0, 0, 0, 0, List.of())),
                List.of(new RoomStatus("一号库房", "paper", 100, 2, true), new RoomStatus("二号库房", "paper", 100, 0, false)));
    }

    private static TownshipReport tangxia() {
        return Reports.township("塘下镇", List.of(Reports.row("Z201", "<script>alert(1)</script>", true, 6, 6, 3, 3, 0,
                List.of())), List.of());
    }

    @Test
    void csv_starts_with_a_bom_and_neutralises_formulas() {
        String csv = OverviewExports.csv(xianjiang(), Locale.SIMPLIFIED_CHINESE);
        assertThat(csv).startsWith("\uFEFF乡镇,全宗号,村名,村档乡管,件数,页数");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"");
        assertThat(csv).doesNotContain(",=HYPERLINK");
        assertThat(csv).contains("仙降街道,Z101,东岙村,是,10,30,4,40.0%,5,2,40.0%,1,2026-02-01 08:00,4,1,CJ-2.3,1,—,2,,");
        // Total row: 2 villages, 1 under custody, 10 items, 30 pages; 2 rooms, 1 out of band.
        assertThat(csv.lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("仙降街道,合计,村数 2,1/2,10,30,4,40.0%,5,2,40.0%,2,,8,1,,1,0,2,2,1");
        assertThat(OverviewExports.csv(xianjiang(), Locale.ENGLISH)).startsWith("\uFEFFTownship,Fonds,Village");
    }

    @Test
    void city_csv_has_a_subtotal_per_township_and_a_total_that_is_their_sum() {
        CityReport city = new CityReport("瑞安市", List.of(xianjiang(), tangxia()));
        assertThat(city.totals()).isEqualTo(xianjiang().totals().plus(tangxia().totals()));
        assertThat(city.totals().items()).isEqualTo(16);
        assertThat(city.rooms()).isEqualTo(2);
        assertThat(city.roomsOutOfBand()).isEqualTo(1);
        List<String> lines = OverviewExports.csv(city, Locale.SIMPLIFIED_CHINESE).lines().toList();
        assertThat(lines).hasSize(1 + 2 + 1 + 1 + 1 + 1);
        assertThat(lines.get(3)).startsWith("仙降街道,小计,村数 2,1/2,10,");
        assertThat(lines.get(5)).startsWith("塘下镇,小计,村数 1,1/1,6,");
        assertThat(lines.get(6)).startsWith("瑞安市,合计,村数 3,2/3,16,48,10,62.5%");
    }

    @Test
    void html_escapes_every_value() {
        String html = OverviewExports.html(new CityReport("<b>市</b>", List.of(xianjiang(), tangxia())),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<b>市</b>").contains("&lt;b&gt;市&lt;/b&gt;")
                .contains("Content-Security-Policy").contains("合计").contains("一号库房").contains("超标");
        assertThat(OverviewExports.html(tangxia(), Locale.ENGLISH)).contains("<html lang=\"en\">")
                .contains("Villages").doesNotContain("<script>");
    }

    @Test
    void a_city_needs_distinct_townships_of_one_year() {
        assertThatThrownBy(() -> new CityReport("市", List.of(xianjiang(), xianjiang())))
                .hasMessageContaining("CD-8109");
        assertThatThrownBy(() -> new CityReport("市", List.of())).hasMessageContaining("CD-8109");
        TownshipReport other = new TownshipReport("塘下镇", 2025, 2024, java.time.LocalDate.of(2025, 3, 1), List.of(),
                List.of(), false, 0);
        assertThatThrownBy(() -> new CityReport("市", List.of(xianjiang(), other))).hasMessageContaining("CD-8109");
    }

    @Test
    void json_round_trips_and_bad_documents_are_refused() {
        TownshipReport r = xianjiang();
        TownshipReport back = TownshipReport.fromJson(r.toJson(), "x.json");
        assertThat(back).isEqualTo(r);
        assertThat(new CityReport("瑞安市", List.of(r, tangxia())).toJson()).contains("\"kind\" : \"city-overview\"");
        assertThatThrownBy(() -> TownshipReport.fromJson("{", "x.json")).isInstanceOf(OverviewException.class)
                .hasMessageContaining("CD-8102").hasMessageContaining("x.json");
        assertThatThrownBy(() -> TownshipReport.fromJson("{\"kind\":\"city-overview\"}", "x.json"))
                .hasMessageContaining("CD-8102");
        assertThatThrownBy(() -> TownshipReport.fromJson(r.toJson().replace("\"items\" : 10", "\"items\" : -1"),
                "x.json")).hasMessageContaining("CD-8102").hasMessageContaining("items");
        assertThatThrownBy(() -> TownshipReport.fromJson(r.toJson().replace("\"digitised\" : 4", "\"digitised\" : 11"),
                "x.json")).hasMessageContaining("CD-8102");
        assertThatThrownBy(() -> TownshipReport.fromJson(r.toJson().replace("Z102", "Z\\u0000"), "x.json"))
                .hasMessageContaining("CD-8102");
    }

    @Test
    void findings_name_gaps_due_items_and_rooms() {
        TownshipReport r = xianjiang();
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly("CD-8111", "CD-8112", "CD-8113");
        assertThat(r.hasOpenFindings()).isTrue();
        assertThat(tangxia().hasOpenFindings()).isFalse();
    }
}
