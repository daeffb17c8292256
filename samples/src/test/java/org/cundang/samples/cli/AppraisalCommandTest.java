package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cundang appraisal …} on a real storage-fs store (issue 8). */
class AppraisalCommandTest {

    static final String WS1 = "Z109-WS·2010-D10-BGS-0001";
    static final String WS2 = "Z109-WS·2010-D10-BGS-0002";
    static final String KJ1 = "Z109-KJ·2010-D10-0001";

    @TempDir
    Path dir;
    String store;

    static ItemSubmission item(String code, String title) {
        CatalogueEntry e = new CatalogueEntry(1, code, "", "上林村村民委员会", title, "20100301", "", 2, "D10", "", null);
        return ItemSubmission.builder(e, CodeTemplate.daT22().parse(code)).period(RetentionPeriod.D10)
                .expiry(LocalDate.of(2020, 12, 31))
                .content(code + ".pdf", ContentSource.ofBytes(title.getBytes(StandardCharsets.UTF_8))).build();
    }

    @BeforeEach
    void fill() {
        store = dir.resolve("store").toString();
        try (ArchiveStore s = ArchiveStores.load().open(ArchiveStores.toUri(store), StoreOptions.builder().build())) {
            s.accept(TransferSubmission.builder("T-1", "Z109").actor("乡镇档案员").batch("2026-01")
                    .item(item(WS1, "村民代表会议记录")).item(item(WS2, "<b>通知</b>")).item(item(KJ1, "记账凭证"))
                    .build());
        }
    }

    CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--store";
        all[args.length + 1] = store;
        return CliRun.of(all);
    }

    @Test
    void theDueListSpeaksTheLanguageAskedFor() {
        CliRun zh = run("appraisal", "due", "--as-of", "2026-03-02");
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains(WS1 + "\t村民代表会议记录\t定期10年\t2020-12-31");
        CliRun en = run("appraisal", "due", "--as-of", "2026-03-02", "--lang", "en");
        assertThat(en.exit()).isZero();
        assertThat(en.out()).contains(WS1 + "\t村民代表会议记录\t10 years\t2020-12-31").doesNotContain("定期");
    }

    @Test
    void fromDueListToDestructionWithRecordsKept() throws Exception {
        CliRun due = run("appraisal", "due", "--as-of", "2026-03-02", "--json");
        assertThat(due.exit()).isZero();
        assertThat(due.out()).contains(WS1, WS2, KJ1, "\"count\" : 3");

        Path decisions = dir.resolve("decisions.csv");
        Files.writeString(decisions, "\uFEFF档号,结论,新保管期限,理由\n" + WS1 + ",保存,D30,涉及土地承包\n" + WS2
                + ",销毁,,已无保存价值\n" + KJ1 + ",销毁,,已无保存价值\n", StandardCharsets.UTF_8);
        Path page = dir.resolve("鉴定意见书.html");
        CliRun rec = run("appraisal", "record", decisions.toString(), "--id", "A-1", "--date", "2026-03-02",
                "--unit", "上林村", "--group", "王档案,李会计", "--report", page.toString());
        assertThat(rec.exit()).as(rec.err()).isZero();
        assertThat(Files.readString(page)).contains("档案鉴定意见书", "&lt;b&gt;通知&lt;/b&gt;");

        CliRun one = run("appraisal", "destroy", "--appraisal", "A-1", "--id", "D-1", "--date", "2026-04-01",
                "--unit-head", "村主任", "--archivist", "王档案", "--accounting-handler", "李会计",
                "--supervisor", "张监销", "--confirmed-before", "张监销", "--confirmed-after", "张监销",
                "--method", "粉碎");
        assertThat(one.exit()).isEqualTo(1);
        assertThat(one.err()).contains("CD-8030", "CD-8016");

        CliRun twice = run("appraisal", "destroy", "--appraisal", "A-1", "--id", "D-1", "--date", "2026-04-01",
                "--unit-head", "村主任", "--archivist", "王档案", "--supervisor", "张监销", "--supervisor", "张监销",
                "--confirmed-before", "张监销", "--confirmed-after", "张监销", "--method", "粉碎", "--json",
                "--lang", "en");
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.out()).contains("CD-8016", "CD-8015"); // also no accounting handler for KJ

        Path list = dir.resolve("销毁清册.html");
        CliRun ok = run("appraisal", "destroy", "--appraisal", "A-1", "--id", "D-1", "--date", "2026-04-01",
                "--unit-head", "村主任", "--archivist", "王档案", "--accounting-handler", "李会计",
                "--supervisor", "张监销", "--supervisor", "赵监销", "--confirmed-before", "张监销,赵监销",
                "--confirmed-after", "张监销,赵监销", "--method", "粉碎", "--report", list.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(Files.readString(list)).contains("档案销毁清册", WS2, KJ1, "15 年", "张监销、赵监销");

        CliRun show = run("store", "show", WS2, "--json");
        assertThat(show.out()).contains("\"status\" : \"DESTROYED\"");
        assertThat(run("store", "show", WS1, "--json").out()).contains("\"period\" : \"D30\"");
        // the text view is for people: labelled rows in their language, — for what is absent, never "null"
        String destroyed = run("store", "show", WS2).out();
        assertThat(destroyed).contains("档号\t" + WS2, "状态\t已销毁（仅存条目）",
                "销毁\t鉴定 A-1，销毁清册 D-1，销毁日期 2026-04-01", "文号\t—").doesNotContain("null");
        assertThat(run("store", "query", "--as-of", "2026-04-02").out()).contains(WS2 + "\t<b>通知</b>\tD10\t2020-12-31\t已销毁（仅存条目）")
                .contains(WS1 + "\t村民代表会议记录\tD30\t2040-12-31\t保管中");
        String kept = run("store", "show", WS1, "--lang", "en").out();
        assertThat(kept).contains("Retention period\tD30 (30 years)", "Township custody\tno", "File\t" + WS1 + ".pdf (")
                .doesNotContain("null").doesNotContain("定期");
        assertThat(run("appraisal", "list", "--kind", "destruction").out()).contains("D-1");
        assertThat(run("store", "verify").exit()).isZero();
    }

    @Test
    void holdsBlockAndBadInputIsACleanError() throws Exception {
        assertThat(run("appraisal", "hold", "Z109/WS/2010", "--id", "H-1", "--reason", "宅基地纠纷", "--since",
                "2026-01-01").exit()).isZero();
        Path decisions = dir.resolve("d.csv");
        Files.writeString(decisions, "档号,结论,理由\n" + WS1 + ",销毁,到期\n", StandardCharsets.UTF_8);
        CliRun held = run("appraisal", "record", decisions.toString(), "--id", "A-1", "--date", "2026-03-02",
                "--unit", "上林村", "--group", "王档案,李会计");
        assertThat(held.exit()).isEqualTo(1);
        assertThat(held.err()).contains("CD-5074", "宅基地纠纷");
        assertThat(run("appraisal", "release", "Z109/WS/2010", "--id", "H-2", "--reason", "宅基地纠纷", "--on",
                "2026-03-01").exit()).isZero();
        assertThat(run("appraisal", "record", decisions.toString(), "--id", "A-1", "--date", "2026-03-02",
                "--unit", "上林村", "--group", "王档案,李会计").exit()).isZero();

        Files.writeString(decisions, "档号,结论,理由\n" + WS2 + ",烧掉,=cmd|' /C calc'!A0\n", StandardCharsets.UTF_8);
        CliRun bad = run("appraisal", "record", decisions.toString(), "--id", "A-2", "--date", "2026-03-02",
                "--unit", "上林村", "--group", "王档案,李会计");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("CD-9051").doesNotContain("Exception");
        CliRun badScope = run("appraisal", "hold", "Z109/WS/2010/x", "--id", "H-3", "--reason", "x", "--since",
                "2026-01-01");
        assertThat(badScope.exit()).isEqualTo(2);
        assertThat(badScope.err()).contains("CD-8020");
    }
}
