package org.cundang.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cundang.transfer.Packages.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferChecksTest {

    static final TransferValidator VALIDATOR = TransferValidator.builder().threads(2).build();

    @TempDir
    Path dir;

    /** The non-pass results of the validation (the bag-only rules of a plain folder are NOT_RUN: left out). */
    static Set<String> problems(TransferReport r) {
        return r.results().stream()
                .filter(x -> x.outcome() != Outcome.PASS)
                .filter(x -> !"CD-4036".equals(x.code()))
                .map(x -> x.rule() + " " + x.outcome() + " " + x.code())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    TransferReport validate(List<Row> rows) throws Exception {
        return VALIDATOR.validate(Packages.write(Files.createTempDirectory(dir, "p"), rows));
    }

    @Test
    void the_clean_generated_package_has_no_fail_and_no_warn() throws Exception {
        TransferReport r = validate(Packages.clean());
        assertThat(problems(r)).isEmpty();
        for (TransferRule rule : List.of(TransferRule.CODE_FORMAT, TransferRule.CODE_SEQUENCE,
                TransferRule.RETENTION_MINIMUM, TransferRule.DIGITIZATION_REQUIRED, TransferRule.MANDATORY_ITEMS)) {
            assertThat(r.results(rule)).as(rule.name()).singleElement()
                    .satisfies(x -> assertThat(x.outcome()).isEqualTo(Outcome.PASS));
        }
        assertThat(r.results(TransferRule.CATALOG_FORMAT)).extracting(CheckResult::outcome)
                .containsOnly(Outcome.PASS);
    }

    @Test
    void an_empty_title_trips_catalog_format_only_and_names_line_and_field() throws Exception {
        List<Row> rows = new ArrayList<>(Packages.clean());
        rows.set(1, rows.get(1).withTitle(""));
        TransferReport r = validate(rows);
        assertThat(problems(r)).containsExactly("CATALOG_FORMAT FAIL CD-3001");
        CheckResult f = r.results(TransferRule.CATALOG_FORMAT).stream().filter(x -> x.outcome() == Outcome.FAIL)
                .findFirst().orElseThrow();
        assertThat(f.details()).containsEntry("line", "3").containsEntry("field", "title");
        assertThat(f.message().zh()).startsWith("第 3 行：");
        assertThat(f.subject()).isEqualTo(rows.get(1).code());
    }

    @Test
    void a_date_outside_the_bag_years_trips_catalog_format() throws Exception {
        Path folder = Packages.write(dir.resolve("f"), Packages.clean());
        Path bag = dir.resolve("bag");
        TransferPacker.of(TransferValidatorTest.CLOCK).pack(folder, bag, Map.of("起止年度", "2023"));
        TransferReport clean = VALIDATOR.validate(bag);
        assertThat(clean.hasMustFailure()).isFalse();
        Path bag2 = dir.resolve("bag2");
        TransferPacker.of(TransferValidatorTest.CLOCK).pack(folder, bag2, Map.of("起止年度", "2024"));
        TransferReport r = VALIDATOR.validate(bag2);
        assertThat(r.results(TransferRule.CATALOG_FORMAT)).extracting(CheckResult::code).contains("CD-4098");
    }

    @Test
    void a_code_that_does_not_parse_trips_code_format_only() throws Exception {
        List<Row> rows = new ArrayList<>(Packages.clean());
        rows.add(rows.get(rows.size() - 1).withCode("Z109-WS·2023-D10-00A1"));
        TransferReport r = validate(rows);
        assertThat(problems(r)).containsExactly("CODE_FORMAT FAIL CD-4099");
        CheckResult f = r.results(TransferRule.CODE_FORMAT).get(0);
        assertThat(f.details()).containsKey("index").containsEntry("line", String.valueOf(rows.size() + 1));
    }

    @Test
    void a_code_year_other_than_the_date_year_trips_code_format_only() throws Exception {
        List<Row> rows = new ArrayList<>(Packages.clean());
        rows.set(0, rows.get(0).withDate("2022-12-31"));
        TransferReport r = validate(rows);
        assertThat(problems(r)).containsExactly("CODE_FORMAT FAIL CD-4100");
    }

    @Test
    void a_code_period_other_than_the_row_period_trips_code_format_only() throws Exception {
        List<Row> rows = new ArrayList<>(Packages.clean());
        int last = rows.size() - 1;
        rows.set(last, rows.get(last).withPeriod("D30"));
        TransferReport r = validate(rows);
        assertThat(problems(r)).containsExactly("CODE_FORMAT FAIL CD-4101");
    }

    @Test
    void a_gap_and_a_duplicate_trip_code_sequence_only() throws Exception {
        List<Row> rows = new ArrayList<>(Packages.clean());
        Row last = rows.get(rows.size() - 1);
        rows.add(last.withCode(Packages.code("D10", Packages.nextItem(rows, "D10") + 1)));
        TransferReport gap = validate(rows);
        assertThat(problems(gap)).containsExactly("CODE_SEQUENCE FAIL CD-1050");
        List<Row> dup = new ArrayList<>(Packages.clean());
        dup.add(dup.get(dup.size() - 1));
        TransferReport r = validate(dup);
        assertThat(problems(r)).containsExactly("CODE_SEQUENCE FAIL CD-1051");
        assertThat(r.results(TransferRule.CODE_SEQUENCE).get(0).details().get("lines"))
                .isEqualTo("[" + (dup.size()) + ", " + (dup.size() + 1) + "]");
    }

    @Test
    void a_period_shorter_than_the_schedule_trips_retention_minimum_and_unknown_entries_warn() throws Exception {
        List<Row> rows = new ArrayList<>(Packages.clean());
        Row y = rows.stream().filter(x -> x.period().equals("Y")).findFirst().orElseThrow();
        rows.add(y.withCode(Packages.code("D10", Packages.nextItem(rows, "D10"))).withPeriod("D10"));
        TransferReport r = validate(rows);
        assertThat(problems(r)).containsExactly("RETENTION_MINIMUM FAIL CD-4104");
        List<Row> unknown = new ArrayList<>(Packages.clean());
        int last = unknown.size() - 1;
        unknown.set(last, unknown.get(last).withEntry("ZZ-99"));
        assertThat(problems(validate(unknown))).containsExactly("RETENTION_MINIMUM WARN CD-4105");
    }

    @Test
    void without_any_entry_ids_retention_and_mandatory_items_do_not_run() throws Exception {
        List<Row> rows = Packages.clean().stream().map(x -> x.withEntry("")).toList();
        TransferReport r = validate(rows);
        assertThat(problems(r)).containsExactly("MANDATORY_ITEMS NOT_RUN CD-4106",
                "RETENTION_MINIMUM NOT_RUN CD-4106");
    }

    @Test
    void a_permanent_item_without_scan_trips_digitization_required() throws Exception {
        List<Row> rows = new ArrayList<>(Packages.clean());
        int i = rows.indexOf(rows.stream().filter(x -> x.period().equals("Y")).findFirst().orElseThrow());
        rows.set(i, rows.get(i).withScanPages(-1));
        TransferReport r = validate(rows);
        // the missing scan is also a catalogue↔scan mismatch (DA/T 31-2017 11.2)
        assertThat(problems(r)).containsExactly("CATALOG_FILE_MATCH FAIL CD-4087",
                "DIGITIZATION_REQUIRED FAIL CD-4107");
        List<Row> d10 = new ArrayList<>(Packages.clean());
        int last = d10.size() - 1;
        d10.set(last, d10.get(last).withScanPages(-1));
        assertThat(problems(validate(d10))).containsExactly("CATALOG_FILE_MATCH FAIL CD-4087");
    }

    @Test
    void an_absent_yearly_entry_trips_mandatory_items_as_a_warning() throws Exception {
        List<Row> rows = new ArrayList<>(Packages.clean());
        String id = rows.get(0).entry();
        rows.set(0, rows.get(0).withEntry(""));
        TransferReport r = validate(rows);
        assertThat(problems(r)).containsExactly("MANDATORY_ITEMS WARN CD-4108");
        assertThat(r.results(TransferRule.MANDATORY_ITEMS).get(0).details()).containsEntry("entry", id)
                .containsEntry("year", "2023");
        assertThat(r.hasMustFailure()).isFalse();
    }

    @Test
    void results_carry_their_rule_dimension_standard_and_level() {
        assertThat(TransferRule.MANDATORY_ITEMS.level()).isEqualTo(RuleLevel.SHOULD);
        for (TransferRule rule : TransferRule.values()) {
            assertThat(rule.standard()).isNotBlank();
            assertThat(rule.clause()).isNotBlank();
        }
    }
}
