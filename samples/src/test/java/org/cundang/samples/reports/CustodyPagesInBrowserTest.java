package org.cundang.samples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;
import org.cundang.samples.cli.CundangCommand;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printable custody pages (鉴定意见书, 销毁清册, 交接清单, 乡镇概况) written by the CLI open in a real browser without
 * errors, show their key content and escape a hostile title (issue 8).
 */
class CustodyPagesInBrowserTest {

    static final String HOSTILE = "<img src=x onerror=alert(1)>会议记录";

    static ItemSubmission item(String code, String title, LocalDate expiry) {
        CatalogueEntry e = new CatalogueEntry(1, code, "", "上林村村民委员会", title, "20100301", "", 2, "D10", "", null);
        return ItemSubmission.builder(e, CodeTemplate.daT22().parse(code)).period(RetentionPeriod.D10)
                .expiry(expiry).content(code + ".pdf", ContentSource.ofBytes(title.getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    static void run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = CundangCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).as(String.join(" ", args) + "\n" + out.toString(StandardCharsets.UTF_8)
                + err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
    }

    @Test
    void the_custody_pages_load_and_show_their_content(@TempDir Path work) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        String store = work.resolve("store").toString();
        String ws1 = "Z109-WS·2010-D10-BGS-0001";
        String ws2 = "Z109-WS·2010-D10-BGS-0002";
        try (ArchiveStore s = ArchiveStores.load().open(ArchiveStores.toUri(store), StoreOptions.defaults())) {
            s.accept(TransferSubmission.builder("T-1", "Z109").actor("乡镇档案员").batch("2026-01")
                    .item(item(ws1, HOSTILE, LocalDate.of(2020, 12, 31)))
                    .item(item(ws2, "村务公开", LocalDate.of(2020, 12, 31))).build());
        }
        Path decisions = work.resolve("decisions.csv");
        Files.writeString(decisions, "档号,结论,新保管期限,理由\n" + ws1 + ",销毁,,到期\n" + ws2 + ",保存,D30,涉民\n",
                StandardCharsets.UTF_8);
        Path appraisal = work.resolve("appraisal.html");
        Path destruction = work.resolve("destruction.html");
        Path handover = work.resolve("handover.html");
        Path overview = work.resolve("overview.html");
        run("appraisal", "record", decisions.toString(), "--id", "A-1", "--date", "2026-03-02", "--unit", "上林村",
                "--group", "王档案,李会计", "--report", appraisal.toString(), "--store", store);
        run("appraisal", "destroy", "--appraisal", "A-1", "--id", "D-1", "--date", "2026-04-01", "--unit", "上林村",
                "--unit-head", "村主任", "--archivist", "王档案", "--supervisor", "张监销", "--supervisor", "赵监销",
                "--confirmed-before", "张监销,赵监销", "--confirmed-after", "张监销,赵监销", "--method", "粉碎",
                "--report", destruction.toString(), "--store", store);
        run("handover", "inventory", "--fonds", "Z109", "--html", handover.toString(), "--store", store);
        run("overview", "township", "--township", "上林镇", "--as-of", "2026-04-02", "--report", overview.toString(),
                "--store", store);

        check(chromium, work, appraisal, "档案鉴定意见书", "王档案、李会计", "定期30年");
        check(chromium, work, destruction, "档案销毁清册", "已保管期限", "15 年", "张监销、赵监销", ws1);
        check(chromium, work, handover, "交接", ws2);
        check(chromium, work, overview, "上林镇", "Z109");
    }

    private static void check(HeadlessChromium chromium, Path work, Path html, String... expected) throws Exception {
        assertThat(html).exists();
        HeadlessChromium.Load load = chromium.dumpDom(html, work);
        assertThat(load.exit()).as(html.toString()).isZero();
        assertThat(load.pageErrors()).as(html.toString()).isEmpty();
        assertThat(load.dom()).as(html.toString()).contains(expected).doesNotContain("<img src=\"x\"");
        String name = html.getFileName().toString().replace(".html", ".png");
        Path png = Path.of("target", "screenshots", "custody-" + name);
        assertThat(chromium.screenshot(html, png, work)).isZero();
        assertThat(Files.size(png)).isGreaterThan(5_000);
    }
}
