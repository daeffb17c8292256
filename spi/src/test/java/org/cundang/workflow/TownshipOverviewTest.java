package org.cundang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cundang.workflow.OverviewFixture.item;
import static org.cundang.workflow.OverviewFixture.transfer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.LocalizedText;
import org.cundang.custody.HoldScope;
import org.cundang.custody.overview.CollectionChecklist;
import org.cundang.custody.overview.ExpectedEntry;
import org.cundang.custody.overview.Figures;
import org.cundang.custody.overview.OverviewException;
import org.cundang.custody.overview.OverviewRequest;
import org.cundang.custody.overview.TownshipReport;
import org.cundang.custody.overview.VillageList;
import org.cundang.custody.overview.VillageRow;
import org.cundang.retention.RetentionHold;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.VerificationReport;
import org.cundang.tck.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The township overview and the collection checklist, on a store whose content the test sets (issue 8). */
class TownshipOverviewTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    private static final LocalDate PAST = LocalDate.of(2020, 12, 31);
    private static final String VILLAGES = "\uFEFF全宗号,村名,乡镇\nZ101,东岙村,仙降街道\nZ102,西岙村,仙降街道\nZ103,北山村,仙降街道\n";

    private MutableClock clock;
    private ArchiveStore store;

    @BeforeEach
    void fill() {
        clock = OverviewFixture.clock("2025-05-01T02:00:00Z");
        store = OverviewFixture.store(clock);
        // 2025: a transfer that must not count as this year's.
        store.accept(transfer("T1", "Z101", item("Z101-WS·2024-Y-0001", "T-A", 3, true, true, null)));
        OverviewFixture.advanceTo(clock, "2026-02-01T00:00:00Z");
        store.accept(transfer("T2", "Z101",
                item("Z101-KJ·2025-D10-0001", "T-B", 5, true, false, LocalDate.of(2035, 12, 31)),
                item("Z101-WS·2025-D10-0001", "T-C", 2, false, false, LocalDate.of(2035, 12, 31)),
                item("Z101-WS·2025-Y-0001", null, 4, false, false, null)));
        OverviewFixture.advanceTo(clock, "2026-02-02T00:00:00Z");
        store.accept(transfer("T3", "Z102",
                item("Z102-WS·2010-D10-0001", "T-C", 1, true, false, PAST),
                item("Z102-WS·2010-D10-0002", "T-C", 1, true, false, PAST),
                item("Z102-WS·2010-D10-0003", "T-C", 1, true, false, PAST),
                item("Z102-WS·2011-D10-0001", null, 1, false, false, PAST),
                item("Z102-WS·2025-Y-0001", "T-A", 6, true, false, null)));
        OverviewFixture.advanceTo(clock, "2026-02-03T00:00:00Z");
        store.accept(transfer("T4", "Z199", item("Z199-WS·2025-Y-0001", null, 7, true, false, null)));
        // 0002 is appraised (destroy decided), 0003 destroyed, 2011 held by a scope hold: only 0001 stays due.
        OverviewFixture.approve(store, "A-1", AS_OF, "Z102-WS·2010-D10-0002", "Z102-WS·2010-D10-0003");
        OverviewFixture.destroy(store, "D-1", AS_OF, "Z102-WS·2010-D10-0003");
        store.keep(CustodySubmission.builder("H-1", "hold").actor("乡镇").date(AS_OF)
                .action(new CustodyAction.HoldOnScope(HoldScope.of("Z102", "WS", 2011),
                        RetentionHold.of("未结清债权债务", LocalDate.of(2026, 1, 1)))).build());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TownshipReport gather(boolean fixity, ArchiveStore s) {
        VillageList list = VillageList.read(new ByteArrayInputStream(VILLAGES.getBytes(StandardCharsets.UTF_8)),
                "villages.csv");
        return TownshipOverview.of(s, OverviewFixture.schedules()).gather(
                OverviewRequest.builder("仙降街道", AS_OF).villages(list).verifyFixity(fixity).build());
    }

    private static VillageRow row(TownshipReport r, String fonds) {
        return r.rows().stream().filter(x -> x.village().fonds().equals(fonds)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the checklist lists the entries filed every year that have no item of that village and year")
    void checklist() {
        TownshipOverview o = TownshipOverview.of(store, OverviewFixture.schedules());
        CollectionChecklist z101 = o.checklist("Z101", 2025);
        assertThat(z101.expected()).extracting(ExpectedEntry::id).containsExactly("T-A", "T-B");
        assertThat(z101.gaps()).extracting(ExpectedEntry::id).containsExactly("T-A");
        assertThat(o.checklist("Z101", 2024).gaps()).extracting(ExpectedEntry::id).containsExactly("T-B");
        assertThat(o.checklist("Z102", 2025).gaps()).extracting(ExpectedEntry::id).containsExactly("T-B");
        assertThat(o.checklist("Z103", 2025).gaps()).extracting(ExpectedEntry::id).containsExactly("T-A", "T-B");
        assertThat(o.checklist("Z101", 2025).findings()).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("CD-8111"));
        assertThatThrownBy(() -> o.checklist("Z101", 99_999)).isInstanceOf(OverviewException.class)
                .hasMessageContaining("CD-8108");
        assertThatThrownBy(() -> TownshipOverview.of(store, List.of())).isInstanceOf(OverviewException.class)
                .hasMessageContaining("CD-8110");
    }

    @Test
    @DisplayName("a village's figures: items and pages held, digitised, to digitise, transfers this year, gaps")
    void villageFigures() {
        TownshipReport r = gather(false, store);
        VillageRow a = row(r, "Z101");
        assertThat(a.village().displayName()).isEqualTo("东岙村");
        assertThat(a.underTownshipCustody()).isTrue();
        // 4 items, pages 3+5+2+4; content on 2024-Y and KJ; to digitise: 2024-Y (Y), KJ (entry T-B), 2025-Y (Y).
        assertThat(a.figures()).isEqualTo(new Figures(1, 1, 4, 14, 2, 3, 2, 1, 2, 1, 0, 0));
        assertThat(a.lastTransfer()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(a.gaps()).containsExactly("T-A");
    }

    @Test
    @DisplayName("destroyed items are not held; appraised and held items are not 'due, not appraised'")
    void appraisalAndDestruction() {
        VillageRow b = row(gather(false, store), "Z102");
        assertThat(b.underTownshipCustody()).isFalse();
        // 0001, 0002, 2011, 2025-Y held (0003 destroyed): pages 1+1+1+6; content on 0001, 0002, 2025-Y.
        assertThat(b.figures().items()).isEqualTo(4);
        assertThat(b.figures().pages()).isEqualTo(9);
        assertThat(b.figures().digitised()).isEqualTo(3);
        assertThat(b.figures().digitisationRequired()).isEqualTo(1);
        assertThat(b.figures().dueNotAppraised()).isEqualTo(1);
        assertThat(b.gaps()).containsExactly("T-B");
    }

    @Test
    @DisplayName("listed villages with nothing stored show zeros; unlisted fonds show their code after the list")
    void listedAndUnlisted() {
        TownshipReport r = gather(false, store);
        assertThat(r.rows()).extracting(x -> x.village().fonds()).containsExactly("Z101", "Z102", "Z103", "Z199");
        VillageRow c = row(r, "Z103");
        assertThat(c.listed()).isTrue();
        assertThat(c.figures()).isEqualTo(new Figures(1, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0));
        VillageRow u = row(r, "Z199");
        assertThat(u.listed()).isFalse();
        assertThat(u.village().displayName()).isEqualTo("Z199");
        assertThat(u.figures().items()).isEqualTo(1);
        assertThat(u.figures().transfers()).isEqualTo(1);
    }

    @Test
    @DisplayName("totals are the sum of the rows; the report's year counts only that year's transfers")
    void totals() {
        TownshipReport r = gather(false, store);
        Figures t = r.totals();
        assertThat(t.villages()).isEqualTo(4);
        assertThat(t.underCustody()).isEqualTo(1);
        assertThat(t.items()).isEqualTo(4 + 4 + 0 + 1);
        assertThat(t.pages()).isEqualTo(14 + 9 + 0 + 7);
        assertThat(t.transfers()).isEqualTo(3);
        assertThat(t.checklistGaps()).isEqualTo(1 + 1 + 2 + 2);
        TownshipReport last = TownshipOverview.of(store, OverviewFixture.schedules()).gather(
                OverviewRequest.builder("仙降街道", AS_OF).year(2025).build());
        assertThat(last.totals().transfers()).isEqualTo(1);
        assertThat(last.checklistYear()).isEqualTo(2024);
        assertThat(r.fixityChecked()).isFalse();
    }

    @Test
    @DisplayName("fixity findings are counted per village when asked, the rest as the township's")
    void fixity() {
        Finding onItem = Finding.of("CD-5041", Severity.ERROR, "Z101-KJ·2025-D10-0001", new LocalizedText("坏", "bad"));
        Finding onChain = Finding.of("CD-5050", Severity.ERROR, "audit 7", new LocalizedText("坏", "bad"));
        ArchiveStore s = new VerifyStub(store, new VerificationReport(9, 9, 9, List.of(onItem, onChain)));
        TownshipReport r = gather(true, s);
        assertThat(r.fixityChecked()).isTrue();
        assertThat(row(r, "Z101").figures().fixityFindings()).isEqualTo(1);
        assertThat(r.totals().fixityFindings()).isEqualTo(1);
        assertThat(r.otherFixityFindings()).isEqualTo(1);
        assertThat(gather(false, s).totals().fixityFindings()).isZero();
    }
}
