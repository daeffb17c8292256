package org.cundang.custody.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cundang.custody.handover.HandoverDiffTest.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Handover, HandoverInventory, InventoryLine, FoundItem: signatures, JSON, HTML and hostile values. */
class HandoverTest {

    private static final String HOSTILE = "<script>alert(1)</script>'; DROP TABLE x;-- 𠮷\u202E";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (HandoverException e) {
            return e.code();
        }
        throw new AssertionError("no exception");
    }

    private static Handover sample() {
        HandoverInventory inv = new HandoverInventory("Z109", true, DAY, List.of(
                new InventoryLine("Z109-WS·2011-Y-BGS-0001", HOSTILE, 2011, "Y", 3, List.of("a<b>.pdf")),
                new InventoryLine("Z109-WS·2011-Y-BGS-0002", "会议记录", 2011, "Y", 2, List.of())),
                List.of("Z109-WS·2010-D10-BGS-0001"));
        return Handover.of("handover-000001", inv, List.of(new FoundItem("Z109-WS·2011-Y-BGS-0001", "封面<破损>"),
                new FoundItem("Z109-WS·2010-D10-BGS-0001", null), new FoundItem("<img src=x>", HOSTILE)),
                "老主任 " + HOSTILE, "新主任", "镇档案员", DAY, HOSTILE);
    }

    @Test
    void the_differences_are_computed_from_the_lists() {
        Handover h = sample();
        assertThat(h.differences(DifferenceKind.MISSING)).extracting(Difference::code)
                .containsExactly("Z109-WS·2011-Y-BGS-0002");
        assertThat(h.differences(DifferenceKind.DESTROYED)).extracting(Difference::code)
                .containsExactly("Z109-WS·2010-D10-BGS-0001");
        assertThat(h.differences(DifferenceKind.EXTRA)).extracting(Difference::code).containsExactly("<img src=x>");
        assertThat(h.differences(DifferenceKind.NOTED)).extracting(Difference::note).containsExactly("封面<破损>");
        assertThat(h.isClean()).isFalse();
    }

    @Test
    void three_different_people_sign() {
        HandoverInventory inv = inventory(List.of("A"), List.of());
        List<FoundItem> f = List.of(new FoundItem("A", null));
        assertThat(code(() -> Handover.of("h-1", inv, f, "张三", " 张三", "李四", DAY, null))).isEqualTo("CD-8057");
        assertThat(code(() -> Handover.of("h-1", inv, f, "张三", "王五", "王五", DAY, null))).isEqualTo("CD-8058");
        assertThat(code(() -> Handover.of("h-1", inv, f, "张三", "王五", "张三", DAY, null))).isEqualTo("CD-8058");
        assertThat(code(() -> Handover.of("h-1", inv, f, "", "王五", "李四", DAY, null))).isEqualTo("CD-8056");
        assertThat(code(() -> Handover.of("h 1", inv, f, "张三", "王五", "李四", DAY, null))).isEqualTo("CD-8056");
        assertThat(code(() -> Handover.of("h-1", inv, f, "张三", "王五", "李四", LocalDate.of(2026, 2, 28), null)))
                .isEqualTo("CD-8060");
        assertThat(Handover.of("h-1", inv, f, "张三", "王五", "李四", DAY, null).isClean()).isTrue();
    }

    @Test
    void inventory_refuses_duplicates_and_overlaps() {
        assertThat(code(() -> inventory(List.of("A", "A"), List.of()))).isEqualTo("CD-8059");
        assertThat(code(() -> inventory(List.of("A"), List.of("A")))).isEqualTo("CD-8059");
        assertThat(code(() -> new InventoryLine("A\u0007", "t", null, "Y", 1, List.of()))).isEqualTo("CD-8056");
        assertThat(code(() -> new InventoryLine("A", "t", null, "Y", -1, List.of()))).isEqualTo("CD-8056");
        assertThat(code(() -> new FoundItem(" ", null))).isEqualTo("CD-8056");
        assertThat(code(() -> new FoundItem("A", "x".repeat(2001)))).isEqualTo("CD-8056");
        assertThat(inventory(List.of("A", "B"), List.of()).pages()).isEqualTo(6);
    }

    @Test
    void json_round_trips_with_hostile_values_kept() {
        Handover h = sample();
        Handover back = Handover.fromJson(h.toJson());
        assertThat(back).isEqualTo(h);
        assertThat(back.differences()).isEqualTo(h.differences());
        assertThat(back.remarks()).isEqualTo(HOSTILE);
        HandoverInventory inv = h.inventory();
        assertThat(HandoverInventory.fromJson(inv.toJson())).isEqualTo(inv);
    }

    @Test
    void unreadable_documents_are_refused_with_a_code() {
        for (String bad : List.of("", "{}", "[1]", sample().inventory().toJson(),
                sample().toJson().replace("\"found\"", "\"lost\""))) {
            assertThat(code(() -> Handover.fromJson(bad))).isEqualTo("CD-8061");
        }
        assertThat(code(() -> HandoverInventory.fromJson(sample().toJson()))).isEqualTo("CD-8061");
    }

    @Test
    void the_page_escapes_every_value_and_has_the_difference_table_and_signature_lines() {
        String html = sample().html(Locale.SIMPLIFIED_CHINESE);
        assertThat(html).doesNotContain("<script>", "<img", "a<b>", "<破损>", "\u202E");
        assertThat(html).contains("&lt;script&gt;", "&lt;img src=x&gt;", "&#39;; DROP TABLE x;-- 𠮷", "[U+202E]");
        assertThat(html).contains("档案交接清单", "差异表", "移交人（签字）", "接收人（签字）", "监交人（签字）",
                "清单有、实物缺", "实物有、清单无", "已登记销毁、实物仍在", "状况备注");
        String blank = sample().inventory().html(Locale.ENGLISH);
        assertThat(blank).contains("Archives handover inventory", "Outgoing custodian (signature)")
                .doesNotContain("Differences", "<script>");
    }
}
