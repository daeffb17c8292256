package org.cundang.storage.fs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.DestructionList;
import org.cundang.custody.HoldScope;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ContentSource;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferSubmission;

/**
 * The child process of the crash and writer-lock tests: {@code accept <dir> <first>} accepts transfers of
 * {@value #ITEMS} items until it is killed, printing {@code OK <id>} after each; {@code hold <dir>} opens the store
 * as the writer and waits; {@code custody <dir> <first>} keeps custody records for item {@code first}, {@code first+1}
 * … of the store {@link #fillForCustody} made (see {@link #custodyStep}), printing {@code OK <record id>} after each.
 */
public final class CrashChild {

    static final int ITEMS = 150;

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (FsArchiveStore store = FsArchiveStore.open(dir, StoreOptions.defaults())) {
            System.out.println("READY");
            System.out.flush();
            if (args[0].equals("hold")) {
                Thread.sleep(60_000);
                return;
            }
            if (args[0].equals("custody")) {
                for (int k = Integer.parseInt(args[2]); k <= CUSTODY_ITEMS; k++) {
                    for (CustodySubmission s : custodyStep(k)) {
                        store.keep(s);
                        System.out.println("OK " + s.id());
                        System.out.flush();
                    }
                }
                System.out.println("DONE");
                System.out.flush();
                Thread.sleep(60_000);
                return;
            }
            CodeTemplate t = CodeTemplate.daT22();
            for (int k = Integer.parseInt(args[2]); ; k++) {
                TransferSubmission.Builder b = TransferSubmission.builder("T-" + k, "Z109").actor("crash");
                for (int i = 1; i <= ITEMS; i++) {
                    String code = String.format("Z109-WS·%d-D30-BGS-%04d", 1900 + k, i);
                    byte[] bytes = new byte[8192];
                    new java.util.Random(k * 1000L + i).nextBytes(bytes);
                    b.item(ItemSubmission.builder(new CatalogueEntry(i, code, "", "r", "t" + i, "20110101", "", 1,
                            "D30", "", null), t.parse(code)).content(code + ".jpg", ContentSource.ofBytes(bytes))
                            .build());
                }
                store.accept(b.build());
                System.out.println("OK T-" + k);
                System.out.flush();
            }
        }
    }

    /** How many items {@link #fillForCustody} accepts. */
    static final int CUSTODY_ITEMS = 400;
    /** The day every custody record takes effect. */
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static String custodyCode(int i) {
        return String.format("Z109-WS·2010-D10-BGS-%04d", i);
    }

    /** The content of item {@code i}: items 2j and 2j+1 share one blob. */
    static byte[] custodyContent(int i) {
        byte[] b = new byte[4096];
        new java.util.Random(i / 2).nextBytes(b);
        return b;
    }

    /** Accepts {@value #CUSTODY_ITEMS} items, all due for appraisal on {@link #DAY}. */
    static void fillForCustody(ArchiveStore store) {
        CodeTemplate t = CodeTemplate.daT22();
        TransferSubmission.Builder b = TransferSubmission.builder("T-custody", "Z109").actor("crash");
        for (int i = 1; i <= CUSTODY_ITEMS; i++) {
            String code = custodyCode(i);
            b.item(ItemSubmission.builder(new CatalogueEntry(i, code, "", "r", "t" + i, "20100101", "", 1, "D10", "",
                    null), t.parse(code)).period(RetentionPeriod.D10).expiry(LocalDate.of(2020, 12, 31))
                    .content(code + ".jpg", ContentSource.ofBytes(custodyContent(i))).build());
        }
        store.accept(b.build());
    }

    /**
     * The records kept for item {@code k}, in order: every fifth item is held ({@code H-k}) and stays; the others are
     * approved ({@code A-k}) and destroyed under a signed 销毁清册 ({@code D-k}); every seventh step also holds and
     * releases a scope that covers none of the items ({@code S-k}, {@code SR-k}). Keeping them again is a no-op, so a
     * restarted child simply starts again at the first item not finished.
     */
    static List<CustodySubmission> custodyStep(int k) {
        String code = custodyCode(k);
        List<CustodySubmission> out = new java.util.ArrayList<>();
        if (k % 7 == 0) {
            HoldScope scope = HoldScope.parse("Z109/WS/2011");
            out.add(CustodySubmission.builder("S-" + k, "hold").actor("crash").date(DAY)
                    .action(new CustodyAction.HoldOnScope(scope, new RetentionHold("纠纷" + k, DAY, null))).build());
            out.add(CustodySubmission.builder("SR-" + k, "hold-release").actor("crash").date(DAY)
                    .action(new CustodyAction.ReleaseScope(scope, "纠纷" + k, DAY)).build());
        }
        if (k % 5 == 0) {
            out.add(CustodySubmission.builder("H-" + k, "hold").actor("crash").date(DAY).body("{\"h\":" + k + "}")
                    .action(new CustodyAction.Hold(code, new RetentionHold("未结清债权债务", DAY, null))).build());
            return out;
        }
        out.add(CustodySubmission.builder("A-" + k, "appraisal").actor("crash").date(DAY)
                .body("{\"鉴定意见书\":" + k + "}").action(new CustodyAction.ApproveDestruction(code)).build());
        List<String> sup = List.of("监销甲", "监销乙");
        DestructionList list = new DestructionList(List.of(new DestructionList.Entry("题名", code, 2010, 2010,
                RetentionPeriod.D10, false, RetentionStatus.DUE_FOR_APPRAISAL, List.of(),
                new AppraisalDecision.Destroy("到期"))), "村主任", "档案员", null, sup, sup, sup);
        out.add(CustodySubmission.builder("D-" + k, "destruction").actor("crash").date(DAY)
                .body("{\"销毁清册\":" + k + "}").signOff(list).action(new CustodyAction.Destroy(code, false))
                .build());
        return out;
    }
}
