package org.cundang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cundang.workflow.WorkflowFixture.DUE;
import static org.cundang.workflow.WorkflowFixture.HOSTILE;
import static org.cundang.workflow.WorkflowFixture.LOWBAO;
import static org.cundang.workflow.WorkflowFixture.OLD;
import static org.cundang.workflow.WorkflowFixture.OTHER_FONDS;
import static org.cundang.workflow.WorkflowFixture.TOWNSHIP;
import static org.cundang.workflow.WorkflowFixture.YOUNG;

import java.time.LocalDate;
import java.util.List;
import org.cundang.ArchiveException;
import org.cundang.custody.handover.Difference;
import org.cundang.custody.handover.DifferenceKind;
import org.cundang.custody.handover.FoundItem;
import org.cundang.custody.handover.Handover;
import org.cundang.custody.handover.HandoverInventory;
import org.cundang.custody.handover.InventoryLine;
import org.cundang.storage.CustodyRecord;
import org.junit.jupiter.api.Test;

class HandoverWorkflowTest {

    private final WorkflowFixture f = new WorkflowFixture();
    private final HandoverWorkflow w = HandoverWorkflow.of(f.store, f.clock);

    @Test
    void the_inventory_lists_the_fonds_not_destroyed_and_names_destroyed_items_apart() {
        f.destroyDue();
        HandoverInventory inv = w.inventory("Z109", false);
        assertThat(inv.asOf()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(inv.lines()).extracting(InventoryLine::code).containsExactly(OLD, TOWNSHIP, YOUNG, LOWBAO);
        assertThat(inv.destroyed()).containsExactly(DUE);
        InventoryLine young = inv.line(YOUNG).orElseThrow();
        assertThat(young.title()).isEqualTo(HOSTILE);
        assertThat(young.year()).isEqualTo(2011);
        assertThat(young.period()).isEqualTo("Y");
        assertThat(young.pages()).isEqualTo(3);
        assertThat(young.files()).containsExactly("0001.pdf");
        assertThat(w.inventory("Z109", true).lines()).extracting(InventoryLine::code).doesNotContain(TOWNSHIP);
        assertThat(w.inventory("Z999", false).lines()).isEmpty();
    }

    @Test
    void the_signed_handover_is_kept_with_the_differences() {
        f.destroyDue();
        List<FoundItem> found = List.of(new FoundItem(OLD, "封面水渍"), new FoundItem(TOWNSHIP, null),
                new FoundItem(LOWBAO, null), new FoundItem(DUE, null), new FoundItem(OTHER_FONDS, HOSTILE));
        Handover h = w.record("Z109", false, found, "老主任", "新主任", "镇档案员", HOSTILE);
        assertThat(h.id()).isEqualTo("handover-000001");
        assertThat(h.differences()).extracting(Difference::code, Difference::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OLD, DifferenceKind.NOTED),
                org.assertj.core.groups.Tuple.tuple(DUE, DifferenceKind.DESTROYED),
                org.assertj.core.groups.Tuple.tuple(YOUNG, DifferenceKind.MISSING),
                org.assertj.core.groups.Tuple.tuple(OTHER_FONDS, DifferenceKind.EXTRA));
        CustodyRecord kept = f.store.custodyRecord(h.id()).orElseThrow();
        assertThat(kept.kind()).isEqualTo("handover");
        assertThat(kept.actor()).isEqualTo("新主任");
        assertThat(kept.subjects()).contains(OLD, YOUNG, DUE, OTHER_FONDS);
        assertThat(w.show(h.id())).contains(h);
        assertThat(w.show("access-000001")).isEmpty();
        assertThat(w.list()).containsExactly(h);
        assertThat(f.store.verify().ok()).isTrue();
    }

    @Test
    void a_refused_handover_keeps_nothing() {
        try {
            w.record("Z109", false, List.of(), "张三", "张三", "李四", null);
            throw new AssertionError("no exception");
        } catch (ArchiveException e) {
            assertThat(e.code()).isEqualTo("CD-8057");
        }
        assertThat(w.list()).isEmpty();
    }
}
