package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperCommandsTest {

    static final String ITEMS = "题名,日期,责任者,页数,保管期限,条目,机构,事由,文号,密级,备注\n"
            + "关于修建村道的批复,2023-04-02,某某镇人民政府,3,Y,,BGS,修路,某政〔2023〕5号,,\n"
            + "关于修建村道的请示,20230315,某某村民委员会,5,Y,,BGS,修路,某村〔2023〕1号,,\n"
            + "村民代表会议记录,2023-01-20,某某村民委员会,12,Y,,BGS,,,,\n"
            + "\"低保评议公示, 第一批\",2023-02-01,某某村民委员会,2,D10,,,,,,复印件\n";

    static Path items(Path dir, String text) throws Exception {
        Path p = dir.resolve("items.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void arrange_writes_the_numbered_catalogue(@TempDir Path dir) throws Exception {
        Path catalog = dir.resolve("catalog.csv");
        CliRun r = CliRun.of("arrange", items(dir, ITEMS).toString(), "--fonds", "Z109", "--out", catalog.toString(),
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("numbered").asInt()).isEqualTo(4);
        // 按时间结合事由: the meeting (Jan), then the road matter (request in March, reply in April) together
        assertThat(j.get("codes").toString()).isEqualTo("[\"Z109-WS·2023-Y-BGS-0001\",\"Z109-WS·2023-Y-BGS-0002\","
                + "\"Z109-WS·2023-Y-BGS-0003\",\"Z109-WS·2023-D10-0001\"]");
        String csv = Files.readString(catalog, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF序号,档号,文号,责任者,题名,日期,密级,页数,保管期限,备注,条目");
        assertThat(csv).contains("2,Z109-WS·2023-Y-BGS-0002,某村〔2023〕1号,某某村民委员会,关于修建村道的请示,20230315");
        assertThat(csv).contains("\"低保评议公示, 第一批\"");
    }

    @Test
    void arrange_reports_items_it_cannot_place_and_exits_1(@TempDir Path dir) throws Exception {
        String bad = ITEMS + "无日期的文件,,某某村民委员会,1,Y,,,,,,\n" + "页数不对,2023-01-01,某某村民委员会,三,Y,,,,,,\n"
                + "无期限,2023-01-01,某某村民委员会,1,,,,,,,\n";
        CliRun r = CliRun.of("arrange", items(dir, bad).toString(), "--fonds", "Z109", "--out",
                dir.resolve("c.csv").toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("CD-3110", "CD-9041", "CD-3111", "4 items numbered");
    }

    @Test
    void box_and_print_from_the_catalogue(@TempDir Path dir) throws Exception {
        org.cundang.samples.print.CjkFont.assume();
        Path catalog = dir.resolve("catalog.csv");
        assertThat(CliRun.of("arrange", items(dir, ITEMS).toString(), "--fonds", "Z109", "--out",
                catalog.toString()).exit()).isZero();
        CliRun box = CliRun.of("box", catalog.toString(), "--spine", "20mm", "--json");
        assertThat(box.exit()).as(box.err()).isZero();
        assertThat(box.json().get("boxes")).hasSize(2);
        assertThat(box.json().get("boxes").get(0).get("range").asText()).isEqualTo("0001-0003");
        assertThat(box.json().get("boxes").get(0).get("spineMm").asInt()).isEqualTo(20);
        for (String what : new String[] {"stamps", "spines", "notes", "catalog"}) {
            Path pdf = dir.resolve(what + ".pdf");
            CliRun p = CliRun.of("print", what, catalog.toString(), "--out", pdf.toString(), "--fonds-name", "某某村");
            assertThat(p.exit()).as(p.err()).isZero();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).isPositive();
            }
        }
    }

    @Test
    void bad_input_is_one_line_and_exit_2(@TempDir Path dir) throws Exception {
        Path catalog = dir.resolve("catalog.csv");
        CliRun.of("arrange", items(dir, ITEMS).toString(), "--fonds", "Z109", "--out", catalog.toString());
        CliRun spine = CliRun.of("box", catalog.toString(), "--spine", "thick");
        assertThat(spine.exit()).isEqualTo(2);
        assertThat(spine.err()).startsWith("CD-9042").doesNotContain("\tat ");
        CliRun notOffered = CliRun.of("box", catalog.toString(), "--spine", "35mm");
        assertThat(notOffered.exit()).isEqualTo(2);
        assertThat(notOffered.err()).startsWith("CD-3101");
        CliRun font = CliRun.of("print", "stamps", catalog.toString(), "--out", dir.resolve("x.pdf").toString(),
                "--font", dir.resolve("missing.ttf").toString());
        assertThat(font.exit()).isEqualTo(2);
        assertThat(font.err()).startsWith("CD-9044");
        CliRun noItems = CliRun.of("arrange", dir.resolve("none.csv").toString(), "--fonds", "Z109");
        assertThat(noItems.exit()).isEqualTo(2);
        assertThat(noItems.err()).startsWith("CD-9040");
        CliRun badEncoding = CliRun.of("arrange", items(dir, ITEMS).toString(), "--fonds", "Z109", "--out",
                dir.resolve("c.csv").toString(), "--encoding", "latin1");
        assertThat(badEncoding.exit()).isEqualTo(2);
        assertThat(badEncoding.err()).startsWith("CD-9001").contains("gb18030");
        CliRun badFonds = CliRun.of("arrange", items(dir, ITEMS).toString(), "--fonds", "Z 109", "--out",
                dir.resolve("c.csv").toString());
        assertThat(badFonds.exit()).isEqualTo(2);
        assertThat(badFonds.err()).startsWith("CD-10");
        CliRun noCols = CliRun.of("box", items(dir, ITEMS).toString());
        assertThat(noCols.exit()).isEqualTo(2);
        assertThat(noCols.err()).startsWith("CD-9046");
    }

    @Test
    void help_exists_in_both_languages() {
        CliRun zh = CliRun.of("print", "--help");
        assertThat(zh.out()).contains("归档章");
        CliRun en = CliRun.of("arrange", "--help", "--lang", "en");
        assertThat(en.out()).contains("numbered", "--fonds");
    }
}
