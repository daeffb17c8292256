package org.cundang.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cundang.transfer.Packages.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferReportsTest {

    static final String HOSTILE = "<script>alert(\"x\")</script> & 'q' \u202Egnp.exe";

    @TempDir
    Path dir;

    TransferReport hostileBag() throws Exception {
        List<Row> rows = new ArrayList<>(Packages.clean());
        rows.add(rows.get(0).withCode("<img src=x onerror=alert(1)>").withScanPages(-1));
        Path folder = Packages.write(dir.resolve("f"), rows);
        Path bag = dir.resolve("bag");
        TransferPacker.of(TransferValidatorTest.CLOCK).pack(folder, bag, Map.of("立档单位", HOSTILE, "移交人", "张三"));
        return TransferChecksTest.VALIDATOR.validate(bag);
    }

    @Test
    void json_follows_the_documented_schema() throws Exception {
        TransferReport r = hostileBag();
        JsonNode doc = new ObjectMapper().readTree(TransferReports.json(r, "bag"));
        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("..", "docs",
                "transfer-report.schema.json")));
        assertThat(fields(doc)).containsExactlyInAnyOrderElementsOf(fields(schema.get("properties")));
        schema.get("required").forEach(n -> assertThat(doc.has(n.asText())).as(n.asText()).isTrue());
        JsonNode resultSchema = schema.at("/properties/results/items");
        for (JsonNode res : doc.get("results")) {
            assertThat(fields(res)).containsExactlyInAnyOrderElementsOf(fields(resultSchema.get("properties")));
            assertThat(res.get("outcome").asText()).isIn("PASS", "FAIL", "WARN", "NOT_RUN");
            if (!res.get("outcome").asText().equals("PASS")) {
                assertThat(res.get("code").asText()).matches("CD-\\d{4}");
            }
        }
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(TransferReports.JSON_SCHEMA_VERSION);
        assertThat(doc.get("accepted").asBoolean()).isEqualTo(!r.hasMustFailure());
        assertThat(doc.get("results").size()).isEqualTo(r.results().size());
        assertThat(doc.at("/bagInfo/立档单位").asText()).isEqualTo(HOSTILE);
        assertThat(doc.at("/totals/items").asLong()).isEqualTo(r.totals().items());
        assertThat(doc.get("dimensions").size()).isEqualTo(4);
    }

    static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void html_is_printable_chinese_and_escapes_everything_from_the_package() throws Exception {
        TransferReport r = hostileBag();
        String html = TransferReports.html(r, Locale.CHINA, "bag<1>", LocalDate.of(2024, 3, 1));
        assertThat(html).contains("移交检验报告", "移交接收登记表", "真实性", "完整性", "可用性", "安全性", "@page { size: A4",
                "件数", "页数", "字节数", "文件数", "张三");
        assertThat(html).doesNotContain("<script", "<img", "\u202E", "onerror=alert(1)>", "src=\"http", "<link");
        assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; [U+202E]gnp.exe");
        assertThat(html).contains("bag&lt;1&gt;");
        // the code that does not parse, and its missing scan, are listed with escaped subjects
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("不合格");
        String en = TransferReports.html(r, Locale.ENGLISH, "bag", LocalDate.of(2024, 3, 1));
        assertThat(en).contains("Transfer validation report", "Transfer and receipt register", "<html lang=\"en\">");
    }

    @Test
    void a_clean_report_says_it_may_be_accepted() throws Exception {
        Path folder = Packages.write(dir.resolve("c"), Packages.clean());
        TransferReport r = TransferChecksTest.VALIDATOR.validate(folder);
        String html = TransferReports.html(r, Locale.CHINA, "c", LocalDate.of(2024, 3, 1));
        assertThat(html).contains("可以接收").doesNotContain("不予接收");
        assertThat(new String(TransferReports.json(r, null).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("\"accepted\" : true").doesNotContain("\"input\"");
    }
}
