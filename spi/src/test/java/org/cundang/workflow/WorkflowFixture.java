package org.cundang.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.DestructionList;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.schedule.ScheduleEntry;
import org.cundang.schedule.ScheduleLayer;
import org.cundang.schedule.ScheduleLevel;
import org.cundang.storage.ContentSource;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.tck.InMemoryArchiveStore;
import org.cundang.tck.MutableClock;

/** A small village fonds in an in-memory store, shared by the workflow tests. */
final class WorkflowFixture {

    static final String OLD = "Z109-WS·1990-Y-BGS-0001";
    static final String YOUNG = "Z109-WS·2011-Y-BGS-0001";
    static final String LOWBAO = "Z109-WS·2011-Y-BGS-0002";
    static final String DUE = "Z109-WS·2010-D10-BGS-0001";
    static final String TOWNSHIP = "Z109-WS·2001-Y-BGS-0001";
    static final String OTHER_FONDS = "Z110-WS·2001-Y-BGS-0001";
    static final String HOSTILE = "<script>alert(1)</script>'; DROP TABLE items;-- 𠮷";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"));
    final InMemoryArchiveStore store = new InMemoryArchiveStore(StoreOptions.builder().clock(clock).build());
    final RetentionSchedule schedule = RetentionSchedule.of(ScheduleLayer.builder("village-test", ScheduleLevel.COUNTY)
            .title("测试表").entry(ScheduleEntry.builder("V-01", "村委会会议记录", RetentionPeriod.PERMANENT).build())
            .entry(ScheduleEntry.builder("V-02", "低保户名册", RetentionPeriod.PERMANENT).controlled(true).build())
            .build());

    WorkflowFixture() {
        CodeTemplate t = CodeTemplate.daT22();
        TransferSubmission.Builder b = TransferSubmission.builder("T-1", "Z109").actor("乡镇档案员").batch("2026-01")
                .metadata("立档单位", "某村村民委员会");
        b.item(item(t, OLD, "19900501", "1990年会议记录", "V-01").build());
        b.item(item(t, YOUNG, "20110315", HOSTILE, "V-01").build());
        b.item(item(t, LOWBAO, "20110601", "低保户名册", "V-02").build());
        b.item(item(t, DUE, "20100101", "通知", null).period(RetentionPeriod.D10)
                .expiry(LocalDate.of(2020, 12, 31)).build());
        b.item(item(t, TOWNSHIP, "20010302", "土地承包合同", "V-01").townshipCustody(true).build());
        store.accept(b.build());
        store.accept(TransferSubmission.builder("T-2", "Z110").actor("乡镇档案员").batch("2026-01")
                .item(item(t, OTHER_FONDS, "20010302", "别村", "V-01").build()).build());
    }

    private static ItemSubmission.Builder item(CodeTemplate t, String code, String date, String title, String entry) {
        CatalogueEntry e = new CatalogueEntry(1, code, "", "某村村民委员会", title, date, "", 3,
                code.contains("-Y-") ? "Y" : "D10", "", entry);
        return ItemSubmission.builder(e, t.parse(code)).scheduleEntry(entry)
                .content(code.substring(code.length() - 4) + ".pdf", ContentSource.ofBytes(code.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Appraises and destroys {@link #DUE} the way the kit does. */
    void destroyDue() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        store.keep(CustodySubmission.builder("appraisal-1", "appraisal").actor("鉴定小组").date(day)
                .action(new CustodyAction.ApproveDestruction(DUE)).build());
        List<DestructionList.Entry> es = new ArrayList<>();
        es.add(new DestructionList.Entry("通知", DUE, 2010, 2010, RetentionPeriod.D10, false,
                RetentionStatus.DUE_FOR_APPRAISAL, List.of(), new AppraisalDecision.Destroy("到期")));
        List<String> sup = List.of("监销甲", "监销乙");
        store.keep(CustodySubmission.builder("destruction-1", "destruction").actor("档案员").date(day)
                .signOff(new DestructionList(es, "村主任", "档案员", null, sup, sup, sup))
                .action(new CustodyAction.Destroy(DUE, false)).build());
    }
}
