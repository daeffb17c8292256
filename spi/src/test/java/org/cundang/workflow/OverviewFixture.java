package org.cundang.workflow;

import java.io.StringReader;
import java.time.Duration;
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
import org.cundang.schedule.Schedules;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ContentSource;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.tck.InMemoryArchiveStore;
import org.cundang.tck.MutableClock;
import org.jspecify.annotations.Nullable;

/** Builds stores with known content for the overview tests. */
final class OverviewFixture {

    /** A small schedule: T-A (WS, Y) and T-B (KJ, D10, must be digitised) are filed every year; T-C is not. */
    static final String SCHEDULE = """
            {"schemaVersion": 1, "id": "t", "title": "测试表", "version": "1", "level": "COUNTY", "issuer": "测试",
             "source": "测试", "provisional": true, "example": true, "defaults": {"confidence": "R"},
             "entries": [
              {"id": "T-A", "title": "村民会议记录", "category": "WS", "period": "Y", "trigger": "formation-year",
               "mandate": "测试", "filedEveryYear": true},
              {"id": "T-B", "title": "会计凭证", "category": "KJ", "period": "D10", "trigger": "formation-year",
               "mandate": "测试", "filedEveryYear": true, "digitisationRequired": true},
              {"id": "T-C", "title": "其他", "category": "WS", "period": "D10", "trigger": "formation-year",
               "mandate": "测试", "filedEveryYear": false}
             ]}
            """;

    private static final CodeTemplate TEMPLATE = CodeTemplate.daT22();

    private OverviewFixture() {
    }

    static List<RetentionSchedule> schedules() {
        return List.of(RetentionSchedule.of(Schedules.read(new StringReader(SCHEDULE), "t.json")));
    }

    static MutableClock clock(String start) {
        return new MutableClock(Instant.parse(start));
    }

    static ArchiveStore store(MutableClock clock) {
        return new InMemoryArchiveStore(StoreOptions.builder().clock(clock).build());
    }

    /** An item: code, 条目 (or null), pages, content or not, township custody, expiry (or null). */
    static ItemSubmission item(String code, @Nullable String entry, int pages, boolean content, boolean custody,
                               @Nullable LocalDate expiry) {
        String period = code.contains("-Y-") ? "Y" : code.contains("-D30-") ? "D30" : "D10";
        CatalogueEntry e = new CatalogueEntry(1, code, "", "某村村民委员会", "题名 " + code, "20250315", "", pages, period,
                "", entry);
        ItemSubmission.Builder b = ItemSubmission.builder(e, TEMPLATE.parse(code))
                .period(RetentionPeriod.parse(period)).expiry(expiry).townshipCustody(custody);
        if (content) {
            b.content(code + ".pdf", ContentSource.ofBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return b.build();
    }

    static TransferSubmission transfer(String id, String fonds, ItemSubmission... items) {
        TransferSubmission.Builder b = TransferSubmission.builder(id, fonds).actor("乡镇档案员").batch("2026-01")
                .metadata("立档单位", fonds + "村民委员会");
        for (ItemSubmission i : items) {
            b.item(i);
        }
        return b.build();
    }

    /** Approves the destruction of items (an appraisal decision) without carrying it out. */
    static void approve(ArchiveStore store, String id, LocalDate day, String... codes) {
        CustodySubmission.Builder b = CustodySubmission.builder(id, "appraisal").actor("鉴定小组").date(day)
                .body("{\"鉴定意见书\":\"" + id + "\"}");
        for (String c : codes) {
            b.action(new CustodyAction.ApproveDestruction(c));
        }
        store.keep(b.build());
    }

    /** Destroys approved items under a signed 销毁清册. */
    static void destroy(ArchiveStore store, String id, LocalDate day, String... codes) {
        List<DestructionList.Entry> es = new ArrayList<>();
        for (String c : codes) {
            es.add(new DestructionList.Entry("题名", c, 2010, 2010, RetentionPeriod.D10, false,
                    RetentionStatus.DUE_FOR_APPRAISAL, List.of(), new AppraisalDecision.Destroy("到期")));
        }
        List<String> sup = List.of("监销甲", "监销乙");
        CustodySubmission.Builder b = CustodySubmission.builder(id, "destruction").actor("档案员").date(day)
                .body("{\"销毁清册\":\"" + id + "\"}")
                .signOff(new DestructionList(es, "村主任", "档案员", "会计", sup, sup, sup));
        for (String c : codes) {
            b.action(new CustodyAction.Destroy(c, false));
        }
        store.keep(b.build());
    }

    static void advanceTo(MutableClock clock, String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }
}
