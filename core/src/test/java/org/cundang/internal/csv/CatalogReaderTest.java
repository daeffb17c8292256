package org.cundang.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cundang.catalog.CatalogueDates;
import org.cundang.Finding;
import org.cundang.transfer.CatalogColumn;
import org.cundang.transfer.CatalogRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogReaderTest {

    static final String HEADER = "序号,档号,文号,责任者,题名,日期,密级,页数,保管期限,备注,条目\n";
    static final String ROW = "1,Z109-WS·2023-Y-0001,,某村,关于土地承包的通知,20230105,,2,Y,,1.2\n";

    @Test
    void reads_gb18030_as_excel_writes_it(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.csv");
        Files.write(f, (HEADER + ROW).getBytes(Charset.forName("GB18030")));
        List<CatalogRow> rows = new ArrayList<>();
        CatalogReader.Summary s = CatalogReader.read(f, "c.csv", rows::add);
        assertThat(s.findings()).isEmpty();
        assertThat(rows.get(0).get(CatalogColumn.TITLE)).isEqualTo("关于土地承包的通知");
        assertThat(rows.get(0).get(CatalogColumn.ENTRY)).isEqualTo("1.2");
    }

    @Test
    void reads_utf8_with_bom(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.csv");
        Files.write(f, ("\uFEFF" + HEADER + ROW).getBytes(StandardCharsets.UTF_8));
        List<CatalogRow> rows = new ArrayList<>();
        assertThat(CatalogReader.read(f, "c.csv", rows::add).headerOk()).isTrue();
        assertThat(rows.get(0).get(CatalogColumn.SERIAL)).isEqualTo("1");
    }

    @Test
    void broken_encoding_is_reported_with_its_line(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.csv");
        byte[] good = (HEADER + ROW + ROW).getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xFF;
        bad[good.length + 1] = (byte) '\n';
        Files.write(f, bad);
        CatalogReader.Summary s = CatalogReader.read(f, "c.csv", r -> { });
        assertThat(s.findings()).extracting(Finding::code).contains("CD-4090");
        Finding enc = s.findings().stream().filter(x -> x.code().equals("CD-4090")).findFirst().orElseThrow();
        assertThat(enc.message().en()).contains("line(s) 4");
    }

    @Test
    void formula_cells_and_missing_columns(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, HEADER + "1,Z109-WS·2023-Y-0001,,某村,=cmd|' /C calc'!A0,20230105,,2,Y,,\n");
        assertThat(CatalogReader.read(f, "c.csv", r -> { }).findings()).extracting(Finding::code).contains("CD-4093");
        Files.writeString(f, "序号,题名\n1,x\n");
        CatalogReader.Summary s = CatalogReader.read(f, "c.csv", r -> { });
        assertThat(s.headerOk()).isFalse();
        assertThat(s.findings()).extracting(Finding::code).contains("CD-4092");
    }

    @Test
    void streams_a_million_rows_in_small_memory(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write(HEADER);
            for (int i = 0; i < 1_000_000; i++) {
                w.write(ROW);
            }
        }
        AtomicLong n = new AtomicLong();
        long before = usedHeap();
        CatalogReader.Summary s = CatalogReader.read(f, "big.csv", r -> n.incrementAndGet());
        assertThat(s.rows()).isEqualTo(1_000_000);
        assertThat(n.get()).isEqualTo(1_000_000);
        assertThat(usedHeap() - before).isLessThan(64L << 20);
    }

    private static long usedHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void dates() {
        assertThat(CatalogueDates.parse("20230105")).hasValueSatisfying(d -> assertThat(d.getDayOfMonth()).isEqualTo(5));
        assertThat(CatalogueDates.parse("2023-01-05")).isPresent();
        assertThat(CatalogueDates.parse("20230230")).isEmpty();
        assertThat(CatalogueDates.parse("２０２３０１０５")).isEmpty();
        assertThat(CatalogueDates.parse("2023/01/05")).isEmpty();
    }
}
