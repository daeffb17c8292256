package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RetentionAndScheduleCommandTest {

    @Test
    void retention_of_the_issue_example() {
        CliRun r = CliRun.of("retention", "--period", "D10", "--formed", "2015-06-01", "--as-of", "2026-01-01",
                "--json");
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("period").asText()).isEqualTo("D10");
        assertThat(j.get("start").asText()).isEqualTo("2016-01-01");
        assertThat(j.get("expires").asText()).isEqualTo("2025-12-31");
        assertThat(j.get("status").asText()).isEqualTo("DUE_FOR_APPRAISAL");
    }

    @Test
    void retained_through_the_expiry_date() {
        CliRun r = CliRun.of("retention", "--period", "D10", "--formed", "2015-06-01", "--as-of", "2025-12-31",
                "--json");
        assertThat(r.json().get("status").asText()).isEqualTo("RETAINED");
    }

    @Test
    void accounting_year_counts_from_the_day_after_it_ends() {
        CliRun r = CliRun.of("retention", "--period", "D30", "--accounting-year", "2015", "--as-of", "2026-01-01",
                "--json");
        assertThat(r.json().get("start").asText()).isEqualTo("2016-01-01");
        assertThat(r.json().get("expires").asText()).isEqualTo("2045-12-31");
        assertThat(r.json().get("status").asText()).isEqualTo("RETAINED");
    }

    @Test
    void entry_takes_the_period_from_the_schedule() {
        CliRun r = CliRun.of("retention", "--entry", "A1-02", "--accounting-year", "2015", "--as-of", "2026-01-01",
                "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("period").asText()).isEqualTo("D30");
        assertThat(r.json().get("entry").asText()).isEqualTo("A1-02");
    }

    @Test
    void event_based_entry_waits_for_its_event() {
        CliRun waiting = CliRun.of("retention", "--entry", "A1-06", "--accounting-year", "2015",
                "--as-of", "2026-01-01", "--json");
        assertThat(waiting.json().get("status").asText()).isEqualTo("AWAITING_EVENT");
        assertThat(waiting.json().get("expires").isNull()).isTrue();
    }

    @Test
    void permanent_and_hold() {
        assertThat(CliRun.of("retention", "--period", "Y", "--formed", "2015-06-01", "--json").json()
                .get("status").asText()).isEqualTo("PERMANENT");
        assertThat(CliRun.of("retention", "--period", "D10", "--formed", "2010-06-01", "--hold", "未结清债权债务",
                "--as-of", "2026-01-01", "--json").json().get("status").asText()).isEqualTo("ON_HOLD");
    }

    @Test
    void bad_retention_input_is_exit_2() {
        assertThat(CliRun.of("retention", "--period", "D10").exit()).isEqualTo(2);
        assertThat(CliRun.of("retention", "--period", "X", "--formed", "2015-06-01").exit()).isEqualTo(2);
        CliRun date = CliRun.of("retention", "--period", "D10", "--formed", "2015-13-01");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).startsWith("CD-9013");
        CliRun entry = CliRun.of("retention", "--entry", "nope", "--formed", "2015-01-01");
        assertThat(entry.exit()).isEqualTo(2);
        assertThat(entry.err()).startsWith("CD-9010");
    }

    @Test
    void schedule_find_finds_the_accounting_voucher_entry() {
        CliRun r = CliRun.of("schedule", "find", "记账凭证", "--json");
        assertThat(r.exit()).isZero();
        JsonNode first = r.json().get("entries").get(0);
        assertThat(first.get("title").asText()).isEqualTo("记账凭证");
        assertThat(first.get("period").asText()).isEqualTo("D30");
    }

    @Test
    void schedule_list_of_one_table_lists_all_its_entries() {
        CliRun r = CliRun.of("schedule", "list", "--table", "accounting-2015-annex1", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("tables").get(0).get("entries").size()).isEqualTo(16);
        CliRun unknown = CliRun.of("schedule", "list", "--table", "no-such-table.json");
        assertThat(unknown.exit()).isEqualTo(2);
    }

    @Test
    void help_exists_in_both_languages() {
        CliRun zh = CliRun.of("code", "parse", "--help");
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains("用法").contains("档号");
        CliRun en = CliRun.of("code", "parse", "--help", "--lang", "en");
        assertThat(en.out()).contains("Usage").contains("Parse an archival code");
    }

    @Test
    void no_command_is_bad_usage() {
        CliRun r = CliRun.of();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("CD-9001");
    }
}
