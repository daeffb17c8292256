package org.cundang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cundang.ArchiveException;
import org.cundang.Finding;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.AppraisalReport;
import org.cundang.custody.CustodyException;
import org.cundang.custody.DestructionCertificate;
import org.cundang.custody.DestructionList;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ContentSource;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.StoredItem;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.tck.InMemoryArchiveStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppraisalWorkflowTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final String WS1 = "Z109-WS·2010-D10-BGS-0001";
    static final String WS2 = "Z109-WS·2010-D10-BGS-0002";
    static final String KJ1 = "Z109-KJ·2010-D10-0001";
    static final String YOUNG = "Z109-WS·2019-D10-BGS-0001";
    static final String PERM = "Z109-WS·2010-Y-BGS-0001";
    static final String OTHER = "Z110-WS·2010-D10-BGS-0001";

    ArchiveStore store;
    AppraisalWorkflow wf;

    static ItemSubmission item(String code, String title, RetentionPeriod p, LocalDate expiry) {
        CatalogueEntry e = new CatalogueEntry(1, code, "", "某村村民委员会", title, code.contains("2019") ? "20190301"
                : "20100301", "", 2, p.code(), "", null);
        ItemSubmission.Builder b = ItemSubmission.builder(e, CodeTemplate.daT22().parse(code)).period(p)
                .content(code + ".pdf", ContentSource.ofBytes((code + title).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (expiry != null) {
            b.expiry(expiry);
        }
        return b.build();
    }

    static TransferSubmission transfer(String id, String fonds, ItemSubmission... items) {
        TransferSubmission.Builder b = TransferSubmission.builder(id, fonds).actor("乡镇档案员").batch("2026-01");
        for (ItemSubmission i : items) {
            b.item(i);
        }
        return b.build();
    }

    @BeforeEach
    void fill() {
        store = new InMemoryArchiveStore(StoreOptions.builder().build());
        LocalDate end2020 = LocalDate.of(2020, 12, 31);
        store.accept(transfer("T-1", "Z109",
                item(WS1, "村民代表会议记录", RetentionPeriod.D10, end2020),
                item(WS2, "<script>alert(1)</script>", RetentionPeriod.D10, end2020),
                item(KJ1, "2010年记账凭证", RetentionPeriod.D10, end2020),
                item(YOUNG, "会议通知", RetentionPeriod.D10, LocalDate.of(2029, 12, 31)),
                item(PERM, "宅基地审批表", RetentionPeriod.PERMANENT, null)));
        store.accept(transfer("T-2", "Z110", item(OTHER, "别村", RetentionPeriod.D10, end2020)));
        wf = AppraisalWorkflow.on(store, "乡镇档案员");
    }

    AppraisalReport report(String id, Map<String, AppraisalDecision> decisions) {
        return wf.draft(id, DAY, "上林村村民委员会", List.of("王档案", "李会计"), decisions, "按期鉴定");
    }

    static Map<String, AppraisalDecision> destroy(String... codes) {
        Map<String, AppraisalDecision> m = new LinkedHashMap<>();
        for (String c : codes) {
            m.put(c, new AppraisalDecision.Destroy("已无保存价值"));
        }
        return m;
    }

    DestructionCertificate certificate(String id, DestructionList l) {
        return new DestructionCertificate(id, "Z109", "上林村村民委员会", "A-1", DAY, "粉碎", "乡镇档案室", l);
    }

    DestructionList sign(DestructionList l, List<String> supervisors) {
        return AppraisalWorkflow.signed(l, "村主任", "王档案", "李会计", supervisors, supervisors, supervisors);
    }

    @Test
    void dueListsOnlyExpiredItemsPerFondsAndCategory() {
        assertThat(wf.due(DAY, null, null)).extracting(d -> d.item().code().toString())
                .containsExactly(KJ1, WS1, WS2, OTHER);
        assertThat(wf.due(DAY, "Z109", "WS")).extracting(d -> d.item().code().toString()).containsExactly(WS1, WS2);
        assertThat(wf.due(DAY, null, "KJ")).extracting(d -> d.item().code().toString()).containsExactly(KJ1);
        assertThat(wf.due(LocalDate.of(2020, 12, 31), null, null)).isEmpty(); // retained through the expiry day
        assertThat(wf.due(DAY, null, null).get(0).yearsKept()).isEqualTo(15);
    }

    @Test
    void keepingGivesTheNewLongerPeriodFromTheSameStart() {
        Map<String, AppraisalDecision> m = new LinkedHashMap<>();
        m.put(WS1, new AppraisalDecision.Keep(RetentionPeriod.D30, "涉及土地承包，延长保存"));
        m.put(WS2, new AppraisalDecision.Keep(RetentionPeriod.PERMANENT, "涉民，永久保存"));
        wf.appraise(report("A-1", m));
        assertThat(store.require(WS1).period()).isEqualTo(RetentionPeriod.D30);
        assertThat(store.require(WS1).expiry()).isEqualTo(LocalDate.of(2040, 12, 31));
        assertThat(store.require(WS2).status(DAY)).isEqualTo(RetentionStatus.PERMANENT);
        assertThat(wf.due(DAY, "Z109", "WS")).isEmpty();
    }

    @Test
    void refusesAKeepThatDoesNotLengthenAndAGroupOfOne() {
        Map<String, AppraisalDecision> m = Map.of(WS1, new AppraisalDecision.Keep(RetentionPeriod.D10, "再保存"));
        assertThatThrownBy(() -> wf.appraise(report("A-1", m))).isInstanceOfSatisfying(CustodyException.class,
                e -> assertThat(e.findings()).extracting(Finding::code).containsExactly("CD-8023"));
        AppraisalReport alone = wf.draft("A-2", DAY, "上林村", List.of("王档案", " 王档案 "), destroy(WS1), "");
        assertThatThrownBy(() -> wf.appraise(alone)).isInstanceOfSatisfying(CustodyException.class,
                e -> assertThat(e.findings()).extracting(Finding::code).containsExactly("CD-8021"));
        assertThat(store.custodyRecord("A-1")).isEmpty();
        assertThat(store.require(WS1).disposal()).isNull();
    }

    @Test
    void refusesToApproveWhatIsNotDueOrPermanent() {
        assertThatThrownBy(() -> wf.appraise(report("A-1", destroy(YOUNG))))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("CD-5073"));
        assertThatThrownBy(() -> wf.appraise(report("A-2", destroy(PERM))))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo("CD-5072"));
    }

    @Test
    void destroysOnlyWithTwoDistinctSupervisorsAndKeepsRecordListAndCertificate() {
        wf.appraise(report("A-1", destroy(WS1, WS2, KJ1)));
        DestructionList l = wf.prepareDestruction("A-1", DAY);
        assertThat(l.entries()).extracting(DestructionList.Entry::code).containsExactly(WS1, WS2, KJ1);
        assertThat(l.entries().get(2).accounting()).isTrue();
        assertThatThrownBy(() -> wf.destroy(certificate("D-1", sign(l, List.of("监销甲")))))
                .isInstanceOfSatisfying(CustodyException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-8030");
                    assertThat(e.findings()).extracting(Finding::code).contains("CD-8016");
                });
        assertThatThrownBy(() -> wf.destroy(certificate("D-1", sign(l, List.of("监销甲", "监销甲")))))
                .isInstanceOfSatisfying(CustodyException.class,
                        e -> assertThat(e.findings()).extracting(Finding::code).contains("CD-8016"));
        DestructionList noAccountant = new DestructionList(l.entries(), "村主任", "王档案", null,
                List.of("监销甲", "监销乙"), List.of("监销甲", "监销乙"), List.of("监销甲", "监销乙"));
        assertThatThrownBy(() -> wf.destroy(certificate("D-1", noAccountant)))
                .isInstanceOfSatisfying(CustodyException.class,
                        e -> assertThat(e.findings()).extracting(Finding::code).containsExactly("CD-8015"));
        assertThat(store.require(WS1).isDestroyed()).isFalse();

        CustodyRecord r = wf.destroy(certificate("D-1", sign(l, List.of("监销甲", "监销乙"))));
        for (String c : List.of(WS1, WS2, KJ1)) {
            StoredItem it = store.require(c);
            assertThat(it.isDestroyed()).isTrue();
            assertThat(it.disposal().destructionId()).isEqualTo("D-1");
            assertThatThrownBy(() -> store.readContent(it.content().get(0).address()))
                    .isInstanceOf(ArchiveException.class);
        }
        DestructionCertificate kept = DestructionCertificate.fromJson(store.custodyRecord("D-1").orElseThrow().body());
        assertThat(kept.list().entries()).extracting(DestructionList.Entry::code).containsExactly(WS1, WS2, KJ1);
        assertThat(kept.method()).isEqualTo("粉碎");
        assertThat(r.kind()).isEqualTo(AppraisalWorkflow.DESTRUCTION);
        assertThat(wf.prepareDestruction("A-1", DAY).entries()).isEmpty();
        assertThat(store.verify().ok()).isTrue();
        String page = wf.page("D-1");
        assertThat(page).contains("档案销毁清册", "已保管期限", "15 年", "监销甲、监销乙", "&lt;script&gt;")
                .doesNotContain("<script>alert");
        assertThat(wf.page("A-1")).contains("档案鉴定意见书", "王档案、李会计", "&lt;script&gt;");
    }

    @Test
    void aHeldItemOrScopeIsNeitherApprovedNorDestroyed() {
        wf.appraise(report("A-1", destroy(WS1, WS2)));
        wf.hold("H-1", "Z109/WS/2010", RetentionHold.of("宅基地纠纷", LocalDate.of(2026, 3, 1)), "镇调解委员会来函");
        DestructionList l = wf.prepareDestruction("A-1", DAY);
        assertThat(l.entries()).allSatisfy(e -> assertThat(e.status()).isEqualTo(RetentionStatus.ON_HOLD));
        assertThatThrownBy(() -> wf.destroy(certificate("D-1", sign(l, List.of("监销甲", "监销乙")))))
                .isInstanceOfSatisfying(CustodyException.class,
                        e -> assertThat(e.findings()).extracting(Finding::code).contains("CD-8011"));
        assertThat(wf.due(DAY, "Z109", "WS")).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(RetentionStatus.ON_HOLD);
            assertThat(d.holds()).extracting(RetentionHold::reason).containsExactly("宅基地纠纷");
        });
        wf.release("H-2", "Z109/WS/2010", "宅基地纠纷", LocalDate.of(2026, 3, 1), "纠纷已调解");
        DestructionList after = wf.prepareDestruction("A-1", DAY);
        wf.destroy(certificate("D-1", sign(after, List.of("监销甲", "监销乙"))));
        assertThat(store.require(WS1).isDestroyed()).isTrue();
    }

    @Test
    void readingAForeignBodyIsACustodyError() {
        assertThatThrownBy(() -> AppraisalReport.fromJson("{\"document\":\"appraisal\"}"))
                .isInstanceOfSatisfying(CustodyException.class, e -> assertThat(e.code()).isEqualTo("CD-8026"));
        assertThatThrownBy(() -> DestructionCertificate.fromJson("not json"))
                .isInstanceOfSatisfying(CustodyException.class, e -> assertThat(e.code()).isEqualTo("CD-8026"));
        assertThatThrownBy(() -> wf.page("nope")).isInstanceOfSatisfying(CustodyException.class,
                e -> assertThat(e.code()).isEqualTo("CD-8028"));
    }
}
