package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferSubmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cundang access …} and {@code cundang handover …} on a real storage-fs store. */
class AccessAndHandoverCommandTest {

    private static final String OLD = "Z109-WS·1990-Y-BGS-0001";
    private static final String OLD2 = "Z109-WS·1990-Y-BGS-0002";
    private static final int THIS_YEAR = LocalDate.now().getYear();
    private static final String YOUNG = "Z109-WS·" + THIS_YEAR + "-Y-BGS-0001";
    private static final String HOSTILE = "<script>alert(1)</script>'; DROP TABLE x;-- 𠮷";

    @TempDir
    Path dir;
    String store;

    @BeforeEach
    void fill() {
        store = dir.resolve("store").toString();
        CodeTemplate t = CodeTemplate.daT22();
        try (ArchiveStore s = ArchiveStores.load().open(ArchiveStores.toUri(store),
                StoreOptions.builder().clock(Clock.systemUTC()).build())) {
            TransferSubmission.Builder b = TransferSubmission.builder("T-1", "Z109").actor("乡镇档案员").batch("2026-01");
            b.item(item(t, OLD, "19900501", "1990年会议记录"));
            b.item(item(t, OLD2, "19900601", HOSTILE));
            b.item(item(t, YOUNG, THIS_YEAR + "0101", "今年的会议记录"));
            s.accept(b.build());
        }
    }

    private static ItemSubmission item(CodeTemplate t, String code, String date, String title) {
        CatalogueEntry e = new CatalogueEntry(1, code, "", "某村村民委员会", title, date, "", 4, "Y", "", null);
        return ItemSubmission.builder(e, t.parse(code)).content("a.pdf",
                ContentSource.ofBytes(code.getBytes(StandardCharsets.UTF_8))).build();
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--store";
        all[args.length + 1] = store;
        return CliRun.of(all);
    }

    @Test
    void register_list_and_return_a_loan() {
        String due = LocalDate.now().plusDays(7).toString();
        CliRun refused = run("access", "register", "--item", OLD, "--name", "王会计", "--staff", "--kind", "loan",
                "--due", due, "--approver", "村主任", "--purpose", "查账", "--clerk", "档案员");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("CD-8041").doesNotContain("Exception");
        CliRun ok = run("access", "register", "--item", OLD, "--name", HOSTILE, "--staff", "--kind", "借出", "--due",
                due, "--approver", "村主任", "--purpose", "查账", "--clerk", "档案员", "--allow-loans", "--json");
        assertThat(ok.exit()).as(ok.err()).isZero();
        JsonNode j = ok.json();
        assertThat(j.get("registered").asBoolean()).isTrue();
        assertThat(j.at("/entry/id").asText()).isEqualTo("access-000001");
        assertThat(j.at("/entry/requester").asText()).isEqualTo(HOSTILE);
        CliRun list = run("access", "list", "--open", "--json");
        assertThat(list.json().get("count").asInt()).isEqualTo(1);
        CliRun overdue = run("access", "overdue", "--as-of", LocalDate.now().plusDays(30).toString(), "--json");
        assertThat(overdue.exit()).isEqualTo(1);
        assertThat(overdue.json().at("/entries/0/id").asText()).isEqualTo("access-000001");
        assertThat(run("access", "overdue").exit()).isZero();
        CliRun back = run("access", "return", "access-000001", "--received-by", "档案员", "--note", "完好");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(back.out()).contains("access-return-000001");
        CliRun twice = run("access", "return", "access-000001", "--received-by", "档案员", "--lang", "en");
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("CD-8050").contains("already returned");
        CliRun unknown = run("access", "return", "access-000099", "--received-by", "档案员");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("CD-8049");
        assertThat(run("access", "overdue", "--as-of", LocalDate.now().plusDays(30).toString()).exit()).isZero();
    }

    @Test
    void an_outsider_needs_approval_for_a_young_item_and_every_reason_is_listed() {
        CliRun r = run("access", "register", "--item", YOUNG, "--name", "村民李四", "--purpose", "核对",
                "--approver", "村民李四", "--clerk", "档案员");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("CD-8043");
        CliRun r2 = run("access", "register", "--item", YOUNG, "--item", OLD, "--name", "村民李四", "--purpose", "核对",
                "--clerk", "档案员", "--json");
        assertThat(r2.exit()).isEqualTo(1);
        assertThat(r2.json().get("registered").asBoolean()).isFalse();
        assertThat(r2.json().at("/findings/0/code").asText()).isEqualTo("CD-8048");
        assertThat(run("access", "register", "--item", OLD, "--name", "村民李四", "--purpose", "核对", "--clerk",
                "档案员").exit()).isZero();
    }

    @Test
    void bad_input_exits_2_with_a_code_and_no_stack_trace() {
        CliRun r = run("access", "register", "--item", OLD, "--name", " ", "--purpose", "p", "--clerk", "c");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("CD-8040").doesNotContain("at org.");
        CliRun unknown = run("access", "register", "--item", "Z109-WS·1990-Y-BGS-0099", "--name", "a", "--purpose",
                "p", "--clerk", "c");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("CD-5010");
        assertThat(run("access", "opening", "--year", "0").err()).contains("CD-9064");
        assertThat(run("access", "opening", "--year", "2026", "--opening-years", "0").err()).contains("CD-8052");
        assertThat(run("handover", "show", "handover-000009").err()).contains("CD-9063");
    }

    @Test
    void items_reaching_the_opening_age() {
        CliRun r = run("access", "opening", "--year", "2015", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("count").asInt()).isEqualTo(2);
        assertThat(r.json().at("/items/0/opens").asText()).isEqualTo("2015-05-01");
        assertThat(run("access", "opening", "--year", "2045", "--opening-years", "55", "--json").json()
                .get("count").asInt()).isEqualTo(2);
    }

    @Test
    void handover_inventory_record_and_show_with_differences_and_escaped_html() throws IOException {
        Path page = dir.resolve("inventory.html");
        CliRun inv = run("handover", "inventory", "--fonds", "Z109", "--html", page.toString(), "--json");
        assertThat(inv.exit()).as(inv.err()).isZero();
        assertThat(inv.json().get("items").asInt()).isEqualTo(3);
        assertThat(Files.readString(page)).contains("档案交接清单", "&lt;script&gt;").doesNotContain("<script>");
        Path csv = dir.resolve("found.csv");
        Files.writeString(csv, "\uFEFF档号,备注\r\n" + OLD + ",\"封面水渍, 缺第2页\"\n" + "Z109-WS·1990-Y-BGS-0077,"
                + HOSTILE + "\n\n", StandardCharsets.UTF_8);
        Path signed = dir.resolve("handover.html");
        CliRun rec = run("handover", "record", "--fonds", "Z109", "--found", csv.toString(), "--outgoing", "老主任",
                "--incoming", "新主任", "--supervisor", "镇档案员", "--html", signed.toString(), "--json");
        assertThat(rec.exit()).as(rec.err()).isEqualTo(1);
        JsonNode j = rec.json();
        assertThat(j.get("id").asText()).isEqualTo("handover-000001");
        assertThat(j.at("/differences/0/kind").asText()).isEqualTo("NOTED");
        assertThat(j.at("/differences/0/note").asText()).isEqualTo("封面水渍, 缺第2页");
        assertThat(j.get("differences")).hasSize(4);
        String html = Files.readString(signed);
        assertThat(html).contains("差异表", "监交人（签字）", "镇档案员").doesNotContain("<script>");
        CliRun show = run("handover", "show", "handover-000001", "--lang", "en");
        assertThat(show.exit()).isEqualTo(1);
        assertThat(show.out()).contains("listed, not found", "found, not listed", "handover-000001");
        CliRun same = run("handover", "record", "--fonds", "Z109", "--found", csv.toString(), "--outgoing", "张三",
                "--incoming", "张三", "--supervisor", "李四");
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("CD-8057");
    }

    @Test
    void a_bad_found_list_is_refused_with_its_line() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, OLD + ",a,b\n", StandardCharsets.UTF_8);
        CliRun r = run("handover", "record", "--fonds", "Z109", "--found", csv.toString(), "--outgoing", "a",
                "--incoming", "b", "--supervisor", "c");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("CD-9061");
        Files.write(csv, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        assertThat(run("handover", "record", "--fonds", "Z109", "--found", csv.toString(), "--outgoing", "a",
                "--incoming", "b", "--supervisor", "c").err()).contains("CD-9060");
        assertThat(run("handover", "record", "--fonds", "Z109", "--found", dir.resolve("none.csv").toString(),
                "--outgoing", "a", "--incoming", "b", "--supervisor", "c").err()).contains("CD-9060");
    }
}
