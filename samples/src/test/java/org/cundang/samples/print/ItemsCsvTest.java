package org.cundang.samples.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cundang.Finding;
import org.cundang.retention.RetentionPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemsCsvTest {

    @Test
    void reads_gb18030_with_columns_in_any_order(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("items.csv");
        Files.write(f, ("页数,题名,责任者,日期,机构,保管期限,事由,条目\r\n"
                + "12,村民代表会议记录,某某村民委员会,20230120,BGS,永久,会议,\r\n"
                + "3,无日期,某某村民委员会,,,D10,,CJ-1.5\r\n").getBytes(CatalogueCsv.gb18030()));
        ItemsCsv.Result r = ItemsCsv.read(f);
        assertThat(r.findings()).isEmpty();
        assertThat(r.items()).hasSize(2);
        assertThat(r.items().get(0).date()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(r.items().get(0).period()).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(r.items().get(0).org()).isEqualTo("BGS");
        assertThat(r.items().get(0).matter()).isEqualTo("会议");
        assertThat(r.items().get(0).ref()).isEqualTo("items.csv:2");
        assertThat(r.items().get(1).date()).isNull();
        assertThat(r.items().get(1).scheduleEntry()).isEqualTo("CJ-1.5");
    }

    @Test
    void leaves_out_rows_it_cannot_read(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("items.csv");
        Files.writeString(f, "题名,日期,责任者,页数,保管期限\n"
                + "a,2023-02-30,x,1,Y\n" + "b,2023-02-01,x,0,Y\n" + "c,2023-02-01,x,9999999,Y\n"
                + "d,2023-02-01,x,1,forever\n" + "e,2023-02-01,x,1,Y\n");
        ItemsCsv.Result r = ItemsCsv.read(f);
        assertThat(r.items()).extracting(i -> i.title()).containsExactly("e");
        assertThat(r.findings()).extracting(Finding::code).containsOnly("CD-9041");
        assertThat(r.findings()).extracting(Finding::subject)
                .containsExactly("items.csv:2", "items.csv:3", "items.csv:4", "items.csv:5");
    }

    @Test
    void a_missing_column_is_CD_9040(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("items.csv"), "题名,日期\na,2023-01-01\n");
        assertThatThrownBy(() -> ItemsCsv.read(f)).isInstanceOf(PrintException.class)
                .hasMessageStartingWith("CD-9040").hasMessageContaining("页数");
    }
}
