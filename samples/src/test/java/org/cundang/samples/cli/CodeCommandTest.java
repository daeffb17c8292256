package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {

    @Test
    void parse_prints_the_parts_as_json() {
        CliRun r = CliRun.of("code", "parse", "Z109-WS·2011-Y-BGS-0001", "--json");
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("code").asText()).isEqualTo("Z109-WS·2011-Y-BGS-0001");
        assertThat(j.get("fonds").asText()).isEqualTo("Z109");
        assertThat(j.get("category").asText()).isEqualTo("WS");
        assertThat(j.get("year").asInt()).isEqualTo(2011);
        assertThat(j.get("period").asText()).isEqualTo("Y");
        assertThat(j.get("org").asText()).isEqualTo("BGS");
        assertThat(j.get("item").asInt()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void parse_without_org_gives_null_org() {
        CliRun r = CliRun.of("code", "parse", "A182-ZP·2022-Y-0001", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("org").isNull()).isTrue();
        assertThat(r.json().get("item").asInt()).isEqualTo(1);
    }

    @Test
    void parse_with_the_legacy_template() {
        CliRun r = CliRun.of("code", "parse", "0134-001-0001-001", "--template", "legacy-volume", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("fonds").asText()).isEqualTo("0134");
        assertThat(r.json().get("item").asInt()).isEqualTo(1);
    }

    @Test
    void a_bad_code_is_one_line_on_stderr_with_exit_2() {
        CliRun r = CliRun.of("code", "parse", "Z109-WS·11-Y-BGS-0001");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("CD-1006").contains("年度").doesNotContain("\n").doesNotContain("at org.");
        CliRun en = CliRun.of("code", "parse", "Z109-WS·11-Y-BGS-0001", "--lang", "en");
        assertThat(en.err().strip()).startsWith("CD-1006").contains("year");
    }

    @Test
    void lenient_parse_reports_its_repairs() {
        CliRun r = CliRun.of("code", "parse", "Ｚ109-WS-2011-Y-BGS-1", "--lenient", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("code").asText()).isEqualTo("Z109-WS·2011-Y-BGS-0001");
        assertThat(r.json().get("changes").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void format_builds_the_code() {
        CliRun r = CliRun.of("code", "format", "--fonds", "Z109", "--category", "WS", "--year", "2011",
                "--period", "Y", "--org", "BGS", "--item", "1");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("Z109-WS·2011-Y-BGS-0001");
        CliRun noOrg = CliRun.of("code", "format", "--fonds", "A182", "--category", "ZP", "--year", "2022",
                "--period", "Y", "--item", "1");
        assertThat(noOrg.out().strip()).isEqualTo("A182-ZP·2022-Y-0001");
    }

    @Test
    void format_refuses_bad_parts() {
        CliRun r = CliRun.of("code", "format", "--fonds", "Z109", "--category", "WS", "--year", "2011",
                "--period", "D20", "--item", "1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("CD-");
        CliRun item = CliRun.of("code", "format", "--fonds", "Z109", "--category", "WS", "--year", "2011",
                "--period", "Y", "--item", "10000");
        assertThat(item.exit()).isEqualTo(2);
        CliRun notNumber = CliRun.of("code", "format", "--fonds", "Z109", "--category", "WS", "--year", "abc",
                "--period", "Y", "--item", "1");
        assertThat(notNumber.exit()).isEqualTo(2);
        assertThat(notNumber.err()).startsWith("CD-9001");
    }

    @Test
    void check_reports_every_gap_and_duplicate_and_exits_1(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("codes.txt");
        Files.writeString(f, String.join("\n",
                "Z109-WS·2011-Y-BGS-0001", "Z109-WS·2011-Y-BGS-0002", "Z109-WS·2011-Y-BGS-0005",
                "Z109-WS·2011-Y-BGS-0002", "Z109-WS·2011-D10-BGS-0001", "Z109-WS·2011-D10-BGS-0003", "oops"),
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("code", "check", f.toString(), "--json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode findings = r.json().get("findings");
        assertThat(findings).extracting(n -> n.get("code").asText())
                .containsExactlyInAnyOrder("CD-1052", "CD-1050", "CD-1051", "CD-1050");
        assertThat(r.json().get("ok").asBoolean()).isFalse();
    }

    @Test
    void check_of_a_clean_list_exits_0(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("codes.txt");
        Files.writeString(f, "\uFEFFZ109-WS·2011-Y-BGS-0001\nZ109-WS·2011-Y-BGS-0002\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("code", "check", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2");
    }

    @Test
    void check_of_a_missing_or_binary_file_is_bad_input(@TempDir Path dir) throws Exception {
        assertThat(CliRun.of("code", "check", dir.resolve("none.txt").toString()).exit()).isEqualTo(2);
        Path bin = dir.resolve("bin.txt");
        Files.write(bin, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        CliRun r = CliRun.of("code", "check", bin.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("CD-9002");
    }
}
