package org.cundang.samples.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cundang.arrange.ArrangeItem;
import org.cundang.arrange.Arrangement;
import org.cundang.arrange.Arranger;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.retention.RetentionPeriod;
import org.cundang.transfer.CheckResult;
import org.cundang.transfer.Outcome;
import org.cundang.transfer.TransferReport;
import org.cundang.transfer.TransferRule;
import org.cundang.transfer.TransferValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueCsvTest {

    static List<CatalogueEntry> sample() {
        Arrangement a = Arranger.builder("Z109").build().arrange(List.of(
                ArrangeItem.builder("1", "关于修建村道的请示, \"二期\"").date(LocalDate.of(2023, 3, 1))
                        .responsible("某某村民委员会").pages(4).period(RetentionPeriod.PERMANENT).org("BGS")
                        .documentNumber("某村〔2023〕3号").build(),
                ArrangeItem.builder("2", "村务公开记录（第二季度）").date(LocalDate.of(2023, 6, 30))
                        .responsible("某某村民委员会").pages(2).period(RetentionPeriod.D10).remarks("复印件").build()));
        assertThat(a.findings()).isEmpty();
        return a.entries();
    }

    @Test
    void round_trips_as_utf8_with_bom_and_as_gb18030(@TempDir Path dir) throws Exception {
        List<CatalogueEntry> entries = sample();
        Path utf8 = dir.resolve("u.csv");
        CatalogueCsv.write(entries, utf8, StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(utf8);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(CatalogueCsv.read(utf8)).isEqualTo(entries);
        Path gb = dir.resolve("g.csv");
        CatalogueCsv.write(entries, gb, CatalogueCsv.gb18030());
        assertThat(new String(Files.readAllBytes(gb), CatalogueCsv.gb18030())).startsWith("序号,档号");
        assertThat(CatalogueCsv.read(gb)).isEqualTo(entries);
    }

    @Test
    void the_catalogue_written_is_read_by_the_transfer_validation(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("transfer");
        Files.createDirectories(folder.resolve("files"));
        List<CatalogueEntry> entries = sample();
        CatalogueCsv.write(entries, folder.resolve("catalog.csv"), StandardCharsets.UTF_8);
        TransferReport report = TransferValidator.builder().build().validate(folder);
        List<CheckResult> format = report.results(TransferRule.CATALOG_FORMAT);
        assertThat(format).isNotEmpty();
        assertThat(format).noneMatch(r -> r.outcome() == Outcome.FAIL);
        assertThat(report.results(TransferRule.CODE_FORMAT)).noneMatch(r -> r.outcome() == Outcome.FAIL);
        assertThat(report.results(TransferRule.CODE_SEQUENCE)).noneMatch(r -> r.outcome() == Outcome.FAIL);
        // no scans in this folder: every entry is reported missing by 档号, which shows each row was read
        assertThat(report.results(TransferRule.CATALOG_FILE_MATCH)).filteredOn(r -> "CD-4087".equals(r.code()))
                .extracting(CheckResult::subject).containsExactlyInAnyOrderElementsOf(
                        entries.stream().map(CatalogueEntry::code).toList());
    }

    @Test
    void reports_a_catalogue_that_cannot_be_read(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "序号,档号\n1,Z109-WS·2023-Y-0001\n");
        assertThatThrownBy(() -> CatalogueCsv.read(bad)).isInstanceOf(PrintException.class)
                .hasMessageStartingWith("CD-9046");
        assertThatThrownBy(() -> CatalogueCsv.read(dir.resolve("none.csv"))).isInstanceOf(PrintException.class)
                .hasMessageStartingWith("CD-9046");
    }

    @Test
    void splits_rfc4180_quotes_and_line_breaks() {
        assertThat(CatalogueCsv.split("a,\"b,\"\"c\"\"\",\"d\r\ne\"\r\nx,,y")).containsExactly(
                List.of("a", "b,\"c\"", "d\r\ne"), List.of("x", "", "y"));
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        assertThat(none.size()).isZero();
    }
}
