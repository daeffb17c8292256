package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.TransferSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cundang overview}: against a real storage-fs store in a temporary folder (issue 8). */
class OverviewCommandTest {

    @TempDir
    Path dir;
    private Path store;
    private Path villages;
    private final String year = String.valueOf(Year.now(ZoneId.of("Asia/Shanghai")).getValue());

    private static ItemSubmission item(String code, String entry, int pages, boolean content) {
        String period = code.contains("-Y-") ? "Y" : "D30";
        CatalogueEntry e = new CatalogueEntry(1, code, "", "村民委员会", "题名", "20250310", "", pages, period, "", entry);
        ItemSubmission.Builder b = ItemSubmission.builder(e, CodeTemplate.daT22().parse(code))
                .period(RetentionPeriod.parse(period)).townshipCustody(true);
        if (content) {
            b.content(code + ".pdf", ContentSource.ofBytes(code.getBytes(StandardCharsets.UTF_8)));
        }
        return b.build();
    }

    @BeforeEach
    void fill() throws Exception {
        store = dir.resolve("store");
        try (ArchiveStore s = StoreCommand.open(store.toString(), false)) {
            s.accept(TransferSubmission.builder("T1", "Z101").actor("档案员").batch("2026-01")
                    .item(item("Z101-WS·2025-Y-0001", "CJ-1.1", 3, true))
                    .item(item("Z101-KU·2025-D30-0001", "CJ-4.1", 5, false)).build());
        }
        villages = dir.resolve("villages.csv");
        Files.writeString(villages, "\uFEFF全宗号,村名,乡镇\nZ101,东岙村,仙降街道\nZ102,西岙村,仙降街道\n",
                StandardCharsets.UTF_8);
    }

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void checklist_lists_what_has_not_arrived() {
        CliRun r = run("overview", "checklist", "--store", store.toString(), "--villages", villages.toString(),
                "--year", "2025", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode z101 = r.json().get(0);
        assertThat(z101.get("fonds").asText()).isEqualTo("Z101");
        assertThat(z101.get("expected").asInt()).isEqualTo(10);
        assertThat(z101.get("gaps")).hasSize(8);
        assertThat(z101.get("gaps").toString()).doesNotContain("CJ-1.1").doesNotContain("CJ-4.1");
        assertThat(r.json().get(1).get("gaps")).hasSize(10);
        CliRun text = run("overview", "checklist", "--store", store.toString(), "--fonds", "Z101", "--year", "2025",
                "--villages", villages.toString());
        assertThat(text.out()).contains("东岙村 Z101 2025").contains("CJ-2.3").doesNotContain("CJ-1.1");
        CliRun none = run("overview", "checklist", "--store", store.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("CD-9072").doesNotContain("at org.");
    }

    @Test
    void township_writes_json_csv_and_html(@TempDir Path out) throws Exception {
        Path hot = RoomCommandTest.readings(out, true);
        Path csv = out.resolve("概况.csv");
        Path html = out.resolve("概况.html");
        CliRun r = run("overview", "township", "--store", store.toString(), "--villages", villages.toString(),
                "--year", year, "--checklist-year", "2025", "--room", "一号库房=" + hot, "--csv", csv.toString(),
                "--report", html.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode j = r.json();
        assertThat(j.get("township").asText()).isEqualTo("仙降街道");
        assertThat(j.get("totals").get("villages").asInt()).isEqualTo(2);
        assertThat(j.get("totals").get("items").asInt()).isEqualTo(2);
        assertThat(j.get("totals").get("pages").asInt()).isEqualTo(8);
        assertThat(j.get("totals").get("digitised").asInt()).isEqualTo(1);
        assertThat(j.get("totals").get("transfers").asInt()).isEqualTo(1);
        assertThat(j.get("villages").get(1).get("items").asInt()).isZero();
        assertThat(j.get("roomsOutOfBand").asInt()).isEqualTo(1);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("东岙村").contains("合计");
        assertThat(Files.readString(html)).contains("一号库房").contains("仙降街道");
        CliRun text = run("overview", "township", "--store", store.toString(), "--villages", villages.toString(),
                "--lang", "en");
        assertThat(text.out()).contains("open finding");
    }

    @Test
    void city_combines_saved_townships_with_their_sum() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, run("overview", "township", "--store", store.toString(), "--township", "仙降街道",
                "--year", year, "--json").out());
        Files.writeString(b, run("overview", "township", "--store", store.toString(), "--township", "塘下镇",
                "--year", year, "--json").out());
        CliRun c = run("overview", "city", "--name", "瑞安市", "--from", a.toString(), "--from", b.toString(), "--json");
        assertThat(c.exit()).as(c.err()).isEqualTo(1);
        assertThat(c.json().get("townships")).hasSize(2);
        assertThat(c.json().get("totals").get("items").asInt()).isEqualTo(2 + 2);
        CliRun same = run("overview", "city", "--from", a.toString(), "--from", a.toString());
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("CD-8109");
        Files.writeString(b, "{\"kind\":\"township-overview\"}");
        CliRun bad = run("overview", "city", "--from", a.toString(), "--from", b.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("CD-8102").contains("b.json");
        assertThat(run("overview", "city").err()).contains("CD-9072");
        assertThat(run("overview", "city", "--township-store", "nostore").err()).contains("CD-9073");
    }

    @Test
    void inspect_scores_villages_and_refuses_bad_scores() throws Exception {
        Path scores = dir.resolve("scores.csv");
        Files.writeString(scores, "全宗号,项目,得分\nZ101,arrangement,12\n", StandardCharsets.UTF_8);
        CliRun r = run("overview", "inspect", "--store", store.toString(), "--villages", villages.toString(),
                "--scores", scores.toString(), "--csv", dir.resolve("s.csv").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode z101 = r.json().get("villages").get(0);
        assertThat(z101.get("fonds").asText()).isEqualTo("Z101");
        assertThat(z101.get("items").toString()).contains("\"points\":12.0").contains("NOT_ENTERED");
        Files.writeString(scores, "全宗号,项目,得分\nZ101,arrangement,99\n", StandardCharsets.UTF_8);
        CliRun bad = run("overview", "inspect", "--store", store.toString(), "--scores", scores.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("CD-8106").doesNotContain("Exception");
        Path sheet = dir.resolve("sheet.json");
        Files.writeString(sheet, "{\"schemaVersion\":1,\"items\":[]}");
        assertThat(run("overview", "inspect", "--store", store.toString(), "--sheet", sheet.toString()).err())
                .contains("CD-8103").contains("sheet.json");
    }

    @Test
    void bad_options_are_bad_input() {
        CliRun room = run("overview", "township", "--store", store.toString(), "--room", "一号库房");
        assertThat(room.exit()).isEqualTo(2);
        assertThat(room.err()).contains("CD-9070");
        CliRun profile = run("overview", "township", "--store", store.toString(), "--room", "a:nosuch=x.csv");
        assertThat(profile.err()).contains("CD-9070");
        CliRun y = run("overview", "township", "--store", store.toString(), "--year", "20260");
        assertThat(y.exit()).isEqualTo(2);
        assertThat(y.err()).contains("CD-9074");
        CliRun v = run("overview", "township", "--store", store.toString(), "--villages", dir.resolve("none.csv")
                .toString());
        assertThat(v.err()).contains("CD-9002");
    }
}
