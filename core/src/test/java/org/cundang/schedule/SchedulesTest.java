package org.cundang.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionTrigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulesTest {

    private static final String HEADER = """
            {
              "schemaVersion": 1,
              "id": "test-layer",
              "title": "测试表",
              "version": "1",
              "level": "COUNTY",
              "issuer": "测试",
              "source": "unit test",
            """;

    private static String layer(String entries) {
        return HEADER + "  \"entries\": [\n" + entries + "\n  ]\n}\n";
    }

    private static String entry(String id, String extra) {
        return "    {\"id\": \"" + id + "\", \"title\": \"记账凭证\", \"category\": \"KU\", \"period\": \"D30\","
                + " \"trigger\": \"accounting-year-end\", \"mandate\": \"令第79号\", \"confidence\": \"V\"" + extra + "}";
    }

    private static ScheduleLayer read(String json) {
        return Schedules.read(new StringReader(json), "test.json");
    }

    private static ScheduleException failure(String json) {
        try {
            read(json);
        } catch (ScheduleException e) {
            return e;
        }
        throw new AssertionError("no ScheduleException for " + json);
    }

    @Test
    void reads_a_valid_layer() {
        ScheduleLayer l = read(layer(entry("K-1", ", \"townshipCustody\": true, \"filedEveryYear\": true, \"note\": \"n\"")
                + ",\n" + entry("K-2", "").replace("\"period\": \"D30\",", "\"period\": \"永久\",")));
        assertThat(l.id()).isEqualTo("test-layer");
        assertThat(l.level()).isEqualTo(ScheduleLevel.COUNTY);
        assertThat(l.entries()).hasSize(2);
        ScheduleEntry e = l.entries().get(0);
        assertThat(e.period()).isEqualTo(RetentionPeriod.D30);
        assertThat(e.trigger()).isEqualTo(RetentionTrigger.accountingYearEnd());
        assertThat(e.confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(e.townshipCustody()).isTrue();
        assertThat(e.filedEveryYear()).isTrue();
        assertThat(e.digitisationRequired()).isFalse();
        assertThat(e.controlled()).isFalse();
        assertThat(e.note()).contains("n");
    }

    @Test
    void reads_utf8_bytes_with_a_byte_order_mark() {
        byte[] bytes = ("\uFEFF" + layer(entry("K-1", ""))).getBytes(StandardCharsets.UTF_8);
        assertThat(Schedules.read(new ByteArrayInputStream(bytes), "bom.json").entries()).hasSize(1);
    }

    @Test
    void defaults_fill_missing_entry_fields() {
        String json = HEADER + """
                  "defaults": {"category": "WS", "trigger": "formation-year", "mandate": "令第18号", "confidence": "S"},
                  "entries": [{"id": "W-1", "title": "会议记录", "period": "Y"}]
                }
                """;
        ScheduleEntry e = read(json).entries().get(0);
        assertThat(e.category()).isEqualTo("WS");
        assertThat(e.confidence()).isEqualTo(Confidence.SECONDARY);
        assertThat(e.mandate()).isEqualTo("令第18号");
    }

    @Test
    void bad_json_names_the_file_line_and_column() {
        ScheduleException e = failure(layer(entry("K-1", "") + ",\n    {\"id\": }"));
        assertThat(e.code()).isEqualTo("CD-2004");
        assertThat(e.source()).contains("test.json");
        assertThat(e.line()).hasValue(11); // 8 header lines, "entries": [, the first entry, then the bad one
        assertThat(e.column()).isPresent();
        assertThat(e.getMessage()).contains("test.json:11:");
        assertThat(e.getMessage(Locale.CHINA)).contains("JSON 格式错误");
    }

    @Test
    void empty_and_non_object_documents_are_malformed() {
        assertThat(failure("").code()).isEqualTo("CD-2004");
        assertThat(failure("[]").code()).isEqualTo("CD-2004");
        assertThat(failure(layer(entry("K-1", "")) + "{}").code()).isEqualTo("CD-2004");
        assertThat(failure("{\"a\": 1, \"a\": 2}").code()).isEqualTo("CD-2004");
    }

    @Test
    void a_missing_field_names_the_entry_and_the_field() {
        ScheduleException e = failure(layer(entry("K-7", "").replace("\"period\": \"D30\", ", "")));
        assertThat(e.code()).isEqualTo("CD-2005");
        assertThat(e.entry()).contains("K-7");
        assertThat(e.getMessage()).contains("test.json:10").contains("K-7").contains("\"period\"");
    }

    @Test
    void a_missing_id_names_the_entry_by_its_path() {
        ScheduleException e = failure(layer(entry("K-1", "") + ",\n    {\"title\": \"x\"}"));
        assertThat(e.code()).isEqualTo("CD-2005");
        assertThat(e.entry()).contains("entries[1]");
        assertThat(e.getMessage()).contains("entries[1]").contains("\"id\"");
    }

    @Test
    void an_unknown_period_names_the_entry_and_the_value() {
        ScheduleException e = failure(layer(entry("K-3", "").replace("\"D30\"", "\"长期\"")));
        assertThat(e.code()).isEqualTo("CD-2007");
        assertThat(e.getMessage()).contains("test.json").contains("K-3").contains("长期");
        assertThat(failure(layer(entry("K-3", "").replace("\"D30\"", "\"D0\""))).code()).isEqualTo("CD-2007");
    }

    @Test
    void a_duplicate_id_names_the_entry() {
        ScheduleException e = failure(layer(entry("K-1", "") + ",\n" + entry("K-1", "")));
        assertThat(e.code()).isEqualTo("CD-2008");
        assertThat(e.entry()).contains("K-1");
        assertThat(e.getMessage()).contains("test.json:11").contains("K-1");
    }

    @Test
    void an_unknown_trigger_names_the_entry_and_the_value() {
        ScheduleException e = failure(layer(entry("K-4", "").replace("accounting-year-end", "fiscal-year")));
        assertThat(e.code()).isEqualTo("CD-2009");
        assertThat(e.getMessage()).contains("test.json").contains("K-4").contains("fiscal-year");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "townshipCustody|\"confidence\": \"V\", \"townshipCustody\": \"yes\"",
            "confidence|\"confidence\": \"X\"",
            "note|\"confidence\": \"V\", \"note\": 7",
            "note|\"confidence\": \"V\", \"note\": \"a\\u0007b\""})
    void invalid_values_name_the_entry_and_the_field(String field, String tail) {
        String entry = "    {\"id\": \"K-5\", \"title\": \"记账凭证\", \"category\": \"KU\", \"period\": \"D30\","
                + " \"trigger\": \"accounting-year-end\", \"mandate\": \"令第79号\", " + tail + "}";
        ScheduleException e = failure(layer(entry));
        assertThat(e.code()).isEqualTo("CD-2006");
        assertThat(e.entry()).contains("K-5");
        assertThat(e.getMessage()).contains("test.json").contains("K-5").contains(field);
    }

    @Test
    void an_invalid_id_is_an_invalid_value() {
        ScheduleException e = failure(layer(entry("有中文", "")));
        assertThat(e.code()).isEqualTo("CD-2006");
        assertThat(e.getMessage()).contains("test.json").contains("有中文").contains("id");
        assertThat(failure(layer(entry("K-1", "").replace("记账凭证", " "))).code()).isEqualTo("CD-2006");
    }

    @Test
    void a_bad_level_is_an_invalid_value() {
        ScheduleException e = failure(layer(entry("K-1", "")).replace("COUNTY", "PLANET"));
        assertThat(e.code()).isEqualTo("CD-2006");
        assertThat(e.getMessage()).contains("level").contains("PLANET");
    }

    @Test
    void an_unknown_field_is_refused() {
        ScheduleException e = failure(layer(entry("K-6", ", \"peroid\": \"D30\"")));
        assertThat(e.code()).isEqualTo("CD-2015");
        assertThat(e.getMessage()).contains("K-6").contains("peroid");
        assertThat(failure(layer(entry("K-6", "")).replace("\"issuer\"", "\"issuers\"")).code()).isEqualTo("CD-2015");
    }

    @Test
    void a_newer_schema_version_is_refused_before_anything_else() {
        ScheduleException e = failure(layer(entry("K-1", ", \"retentionV2\": {}")).replace("\"schemaVersion\": 1",
                "\"schemaVersion\": 2"));
        assertThat(e.code()).isEqualTo("CD-2010");
        assertThat(e.getMessage()).contains("test.json").contains("2").contains("1");
        assertThat(failure(layer(entry("K-1", "")).replace("\"schemaVersion\": 1,", "")).code()).isEqualTo("CD-2005");
        assertThat(failure(layer(entry("K-1", "")).replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""))
                .code()).isEqualTo("CD-2006");
    }

    @Test
    void amendments_need_a_base() {
        String json = HEADER + """
                  "amendments": [{"entry": "K-1", "period": "Y"}]
                }
                """;
        ScheduleException e = failure(json);
        assertThat(e.code()).isEqualTo("CD-2005");
        assertThat(e.getMessage()).contains("K-1").contains("base");
    }

    @Test
    void an_overlay_reads_its_base_and_amendments() {
        String json = HEADER + """
                  "base": "village-2017",
                  "amendments": [{"entry": "CJ-2.6", "period": "Y", "townshipCustody": true}]
                }
                """;
        ScheduleLayer l = read(json);
        assertThat(l.base()).contains("village-2017");
        assertThat(l.amendments()).singleElement().satisfies(a -> {
            assertThat(a.entryId()).isEqualTo("CJ-2.6");
            assertThat(a.period()).contains(RetentionPeriod.PERMANENT);
            assertThat(a.townshipCustody()).contains(true);
        });
        RetentionSchedule s = RetentionSchedule.of(Schedules.bundled().layer("village-2017").orElseThrow(), l);
        assertThat(s.require("CJ-2.6").entry().townshipCustody()).isTrue();
    }

    @Test
    void invalid_utf8_cannot_be_read() {
        byte[] bad = {'{', (byte) 0xC3, (byte) 0x28, '}'};
        assertThatThrownBy(() -> Schedules.read(new ByteArrayInputStream(bad), "bad.json"))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.code()).isIn("CD-2016", "CD-2004");
                    assertThat(e.getMessage()).contains("bad.json");
                });
    }

    @Test
    void a_missing_file_is_CD_2016() {
        assertThatThrownBy(() -> Schedules.readFile("/nonexistent/dir/schedule.json"))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2016");
                    assertThat(e.getMessage()).contains("/nonexistent/dir/schedule.json");
                });
    }

    @Test
    void hostile_input_is_refused_with_a_code() {
        assertThat(failure("[".repeat(10_000)).code()).isEqualTo("CD-2004");
        String longTitle = layer(entry("K-1", "").replace("记账凭证", "记".repeat(200_000)));
        assertThat(failure(longTitle).code()).isEqualTo("CD-2004");
        assertThat(failure(layer(entry("K-1", "").replace("记账凭证", "记\\u0000账"))).code()).isEqualTo("CD-2006");
    }
}
