package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferCommandTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CundangCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A hand-made uncompressed 4×4 RGB TIFF at 300 dpi (little-endian). */
    static byte[] tiff() {
        int pixels = 48;
        int entries = 10;
        int resAt = 8 + 2 + entries * 12 + 4;
        int bpsAt = resAt + 16;
        int dataAt = bpsAt + 6;
        ByteBuffer b = ByteBuffer.allocate(dataAt + pixels).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries);
        int[][] tags = {{256, 3, 1, 4}, {257, 3, 1, 4}, {258, 3, 3, bpsAt}, {262, 3, 1, 2}, {273, 4, 1, dataAt},
            {277, 3, 1, 3}, {279, 4, 1, pixels}, {282, 5, 1, resAt}, {283, 5, 1, resAt + 8}, {296, 3, 1, 2}};
        for (int[] t : tags) {
            b.putShort((short) t[0]).putShort((short) t[1]).putInt(t[2]);
            if (t[1] == 3 && t[2] == 1) {
                b.putShort((short) t[3]).putShort((short) 0);
            } else {
                b.putInt(t[3]);
            }
        }
        b.putInt(0).putInt(300).putInt(1).putInt(300).putInt(1);
        b.putShort((short) 8).putShort((short) 8).putShort((short) 8);
        return b.array();
    }

    /** A clean folder: two permanent items of 1 and 2 pages, scanned as TIFF page images. */
    Path folder(String name, boolean missingScan) throws Exception {
        Path f = dir.resolve(name);
        String[] codes = {"Z109-WS·2023-Y-0001", "Z109-WS·2023-Y-0002"};
        int[] pages = {1, 2};
        StringBuilder csv = new StringBuilder("序号,档号,文号,责任者,题名,日期,密级,页数,保管期限,备注\n");
        for (int i = 0; i < codes.length; i++) {
            csv.append(i + 1).append(',').append(codes[i]).append(",,某村村民委员会,\"<b>会议记录</b>, 第").append(i + 1)
                    .append("次\",2023050").append(i + 1).append(",,").append(pages[i]).append(",Y,\n");
            if (missingScan && i == 1) {
                continue;
            }
            Path d = Files.createDirectories(f.resolve("files").resolve(codes[i]));
            for (int p = 1; p <= pages[i]; p++) {
                Files.write(d.resolve(codes[i] + String.format("-%04d.tif", p)), tiff());
            }
        }
        Files.createDirectories(f);
        Files.writeString(f.resolve("catalog.csv"), csv, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void pack_then_validate_a_clean_folder_exits_0_with_sha256_and_sm3_manifests() throws Exception {
        Path bag = dir.resolve("bag");
        Run pack = run("transfer", "pack", folder("f", false).toString(), bag.toString(), "--village", "某村村民委员会",
                "--township", "某镇人民政府", "--batch", "2024-01");
        assertThat(pack.status()).as(pack.err()).isZero();
        assertThat(pack.out()).contains("已生成移交包");
        assertThat(bag.resolve("manifest-sha256.txt")).exists();
        assertThat(bag.resolve("manifest-sm3.txt")).exists();
        assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("全宗号: Z109", "档案门类: WS",
                "起止年度: 2023", "件数: 2", "页数: 3", "立档单位: 某村村民委员会", "Payload-Oxum:");
        Run v = run("transfer", "validate", bag.toString());
        assertThat(v.status()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("可以接收").doesNotContain("FAIL ");
        // the people were not given: SHOULD findings, not failures
        assertThat(v.out()).contains("WARN BAG_STRUCTURE CD-4037");
    }

    @Test
    void json_is_one_document_with_the_report() throws Exception {
        Path bag = dir.resolve("bag");
        assertThat(run("transfer", "pack", folder("f", false).toString(), bag.toString()).status()).isZero();
        Run v = run("transfer", "validate", bag.toString(), "--json");
        assertThat(v.status()).isZero();
        JsonNode doc = new ObjectMapper().readTree(v.out());
        assertThat(doc.get("accepted").asBoolean()).isTrue();
        assertThat(doc.at("/totals/items").asInt()).isEqualTo(2);
        assertThat(doc.at("/totals/pages").asInt()).isEqualTo(3);
        assertThat(doc.get("results").size()).isGreaterThan(10);
        Run p = run("transfer", "pack", folder("g", false).toString(), dir.resolve("bag2").toString(), "--json",
                "--batch", "2024-02");
        assertThat(new ObjectMapper().readTree(p.out()).at("/bagInfo/移交批次").asText()).isEqualTo("2024-02");
    }

    @Test
    void a_missing_scan_exits_1_and_the_html_report_is_written_escaped() throws Exception {
        Path report = dir.resolve("报告.html");
        Run v = run("transfer", "validate", folder("f", true).toString(), "--report", report.toString());
        assertThat(v.status()).as(v.out() + v.err()).isEqualTo(1);
        assertThat(v.out()).contains("不予接收", "FAIL CATALOG_FILE_MATCH CD-4087", "FAIL DIGITIZATION_REQUIRED CD-4107");
        String html = Files.readString(report);
        assertThat(html).contains("移交检验报告", "移交接收登记表", "CD-4107").doesNotContain("<script");
    }

    @Test
    void unreadable_input_exits_2_with_one_line() {
        Run v = run("transfer", "validate", dir.resolve("nope").toString());
        assertThat(v.status()).isEqualTo(2);
        assertThat(v.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("CD-4010"));
        Run en = run("--lang", "en", "transfer", "validate", dir.resolve("nope").toString());
        assertThat(en.err()).startsWith("CD-4010").doesNotContain("Exception");
    }

    @Test
    void packing_onto_an_existing_target_or_with_bad_options_exits_2() throws Exception {
        Path f = folder("f", false);
        Files.createDirectories(dir.resolve("exists"));
        Run p = run("transfer", "pack", f.toString(), dir.resolve("exists").toString());
        assertThat(p.status()).isEqualTo(2);
        assertThat(p.err()).startsWith("CD-4012");
        Run bad = run("transfer", "pack", f.toString(), dir.resolve("b").toString(), "--village", "a\u0007b");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("CD-9023");
        Run dpi = run("transfer", "validate", f.toString(), "--min-dpi", "0");
        assertThat(dpi.status()).isEqualTo(2);
        assertThat(dpi.err()).startsWith("CD-9020");
    }

    @Test
    void english_output_and_county_profile() throws Exception {
        Run v = run("--lang", "en", "transfer", "validate", folder("f", false).toString(), "--min-dpi", "400");
        assertThat(v.status()).isEqualTo(1);
        assertThat(v.out()).contains("Refused", "FAIL RESOLUTION CD-4080");
    }

    @Test
    void help_lists_the_options_in_chinese_by_default() {
        Run h = run("transfer", "validate", "--help");
        assertThat(h.status()).isZero();
        assertThat(h.out()).contains("--report", "--json", "移交检验报告");
        Run p = run("--lang", "en", "transfer", "pack", "--help");
        assertThat(p.out()).contains("--village", "--township", "--batch", "--transferor", "--receiver");
    }
}
