package org.cundang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cundang.workflow.WorkflowFixture.DUE;
import static org.cundang.workflow.WorkflowFixture.HOSTILE;
import static org.cundang.workflow.WorkflowFixture.LOWBAO;
import static org.cundang.workflow.WorkflowFixture.OLD;
import static org.cundang.workflow.WorkflowFixture.OTHER_FONDS;
import static org.cundang.workflow.WorkflowFixture.TOWNSHIP;
import static org.cundang.workflow.WorkflowFixture.YOUNG;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cundang.ArchiveException;
import org.cundang.custody.access.AccessItem;
import org.cundang.custody.access.AccessKind;
import org.cundang.custody.access.AccessPolicy;
import org.cundang.custody.access.AccessRecord;
import org.cundang.custody.access.AccessRequest;
import org.cundang.custody.access.AccessReturn;
import org.cundang.custody.access.Requester;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.RecordQuery;
import org.junit.jupiter.api.Test;

class AccessRegisterTest {

    private final WorkflowFixture f = new WorkflowFixture();
    private final AccessRegister lending = AccessRegister.of(f.store, AccessPolicy.defaults().withLoansAllowed(true),
            List.of(f.schedule), f.clock);

    private static AccessRequest request(Requester who, AccessKind kind, String approver, LocalDate due,
                                         String... codes) {
        return new AccessRequest(who, List.of(codes), "核对宅基地界址", kind, approver, due, "村档案员");
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (ArchiveException e) {
            return e.code();
        }
        throw new AssertionError("no exception");
    }

    private int records() {
        return f.store.custodyRecords(RecordQuery.ofKind(null)).size();
    }

    @Test
    void a_consultation_is_kept_as_an_access_record_with_the_items_as_subjects() {
        AccessRecord r = lending.register(request(Requester.staff("村会计"), AccessKind.CONSULT, null, null, OLD, YOUNG));
        assertThat(r.id()).isEqualTo("access-000001");
        assertThat(r.timeOut()).isEqualTo(java.time.LocalDateTime.of(2026, 3, 2, 1, 30));
        CustodyRecord kept = f.store.custodyRecord("access-000001").orElseThrow();
        assertThat(kept.kind()).isEqualTo("access");
        assertThat(kept.subjects()).containsExactly(OLD, YOUNG);
        assertThat(AccessRecord.fromJson(kept.body())).isEqualTo(r);
        assertThat(f.store.custodyRecords(new RecordQuery(null, YOUNG, 0, 10))).hasSize(1);
        assertThat(lending.ledger().records()).containsExactly(r);
        assertThat(f.store.verify().ok()).isTrue();
    }

    @Test
    void the_default_village_policy_refuses_loans_and_keeps_nothing() {
        AccessRegister village = AccessRegister.of(f.store, AccessPolicy.defaults(), List.of(f.schedule), f.clock);
        assertThat(code(() -> village.register(request(Requester.staff("村会计"), AccessKind.LOAN, "村主任",
                LocalDate.of(2026, 3, 9), OLD)))).isEqualTo("CD-8041");
        assertThat(records()).isZero();
    }

    @Test
    void a_loan_of_a_controlled_item_without_approval_is_refused() {
        assertThat(code(() -> lending.register(request(Requester.staff("村会计"), AccessKind.LOAN, null,
                LocalDate.of(2026, 3, 9), LOWBAO)))).isEqualTo("CD-8042");
        assertThat(records()).isZero();
        assertThat(lending.register(request(Requester.staff("村会计"), AccessKind.LOAN, "村主任",
                LocalDate.of(2026, 3, 9), LOWBAO)).isLoan()).isTrue();
    }

    @Test
    void the_approver_may_not_be_the_requester() {
        assertThat(code(() -> lending.register(request(Requester.staff("村主任"), AccessKind.CONSULT, "村主任", null,
                LOWBAO)))).isEqualTo("CD-8043");
    }

    @Test
    void a_destroyed_item_cannot_be_lent() {
        f.destroyDue();
        assertThat(code(() -> lending.register(request(Requester.staff("村会计"), AccessKind.LOAN, "村主任",
                LocalDate.of(2026, 3, 9), DUE)))).isEqualTo("CD-8044");
        assertThat(lending.facts(f.store.require(DUE)).destroyed()).isTrue();
    }

    @Test
    void a_young_item_needs_approval_for_an_outsider_but_not_for_staff() {
        assertThat(code(() -> lending.register(request(Requester.outsider("村民李四"), AccessKind.CONSULT, null, null,
                YOUNG)))).isEqualTo("CD-8048");
        lending.register(request(Requester.staff("村会计"), AccessKind.CONSULT, null, null, YOUNG));
        lending.register(request(Requester.outsider("村民李四"), AccessKind.CONSULT, null, null, OLD));
        lending.register(request(Requester.outsider("村民李四"), AccessKind.COPY, "村主任", null, YOUNG));
        assertThat(lending.ledger().records()).hasSize(3);
    }

    @Test
    void an_unknown_item_is_refused_by_the_store() {
        assertThat(code(() -> lending.register(request(Requester.staff("a"), AccessKind.CONSULT, null, null,
                "Z109-WS·2011-Y-BGS-9999")))).isEqualTo("CD-5010");
    }

    @Test
    void returns_refer_to_the_loan_and_are_refused_when_unknown_or_twice() {
        AccessRecord loan = lending.register(request(Requester.staff("村会计"), AccessKind.LOAN, "村主任",
                LocalDate.of(2026, 3, 9), OLD));
        AccessRecord consult = lending.register(request(Requester.staff("村会计"), AccessKind.CONSULT, null, null, OLD));
        assertThat(code(() -> lending.returnLoan("access-999999", "档案员", null))).isEqualTo("CD-8049");
        assertThat(code(() -> lending.returnLoan(consult.id(), "档案员", null))).isEqualTo("CD-8054");
        f.clock.advance(Duration.ofDays(3));
        AccessReturn back = lending.returnLoan(loan.id(), "档案员", "完好 " + HOSTILE);
        assertThat(back.id()).isEqualTo("access-return-000001");
        CustodyRecord kept = f.store.custodyRecord(back.id()).orElseThrow();
        assertThat(kept.kind()).isEqualTo("access-return");
        assertThat(kept.subjects()).containsExactly(loan.id(), OLD);
        assertThat(AccessReturn.fromJson(kept.body()).note()).isEqualTo("完好 " + HOSTILE);
        assertThat(code(() -> lending.returnLoan(loan.id(), "档案员", null))).isEqualTo("CD-8050");
        assertThat(lending.ledger().returnOf(loan.id())).contains(back);
    }

    @Test
    void overdue_loans_are_the_open_ones_past_due() {
        AccessRecord a = lending.register(request(Requester.staff("甲"), AccessKind.LOAN, "村主任",
                LocalDate.of(2026, 3, 5), OLD));
        AccessRecord b = lending.register(request(Requester.staff("乙"), AccessKind.LOAN, "村主任",
                LocalDate.of(2026, 3, 3), YOUNG));
        AccessRecord c = lending.register(request(Requester.staff("丙"), AccessKind.LOAN, "村主任",
                LocalDate.of(2026, 3, 4), TOWNSHIP));
        lending.returnLoan(c.id(), "档案员", null);
        assertThat(lending.overdue(LocalDate.of(2026, 3, 3))).isEmpty();
        assertThat(lending.overdue(LocalDate.of(2026, 3, 10))).containsExactly(b, a);
    }

    @Test
    void items_reaching_the_opening_age_in_a_year_are_reported() {
        assertThat(lending.opening(2026, null)).extracting(AccessItem::code).containsExactly(TOWNSHIP, OTHER_FONDS);
        assertThat(lending.opening(2026, "Z109")).extracting(AccessItem::code).containsExactly(TOWNSHIP);
        assertThat(lending.opening(2036, null)).extracting(AccessItem::code).containsExactly(YOUNG, LOWBAO);
        f.destroyDue();
        assertThat(lending.opening(2035, null)).isEmpty();
    }

    @Test
    void an_entry_id_no_schedule_knows_is_treated_as_controlled() {
        AccessRegister noTables = AccessRegister.of(f.store, AccessPolicy.defaults(), List.of(), f.clock);
        assertThat(noTables.facts(f.store.require(OLD)).controlled()).isTrue();
        assertThat(noTables.facts(f.store.require(DUE)).controlled()).isFalse();
        assertThat(lending.facts(f.store.require(OLD)).controlled()).isFalse();
        assertThat(lending.facts(f.store.require(LOWBAO)).controlled()).isTrue();
        assertThat(lending.facts(f.store.require(OLD)).formed()).isEqualTo(LocalDate.of(1990, 5, 1));
    }
    @org.junit.jupiter.api.Test
    void twoClerksRegisteringAtOnceGetDistinctNumbersAndNothingIsLost() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.List<java.util.concurrent.Future<java.util.List<String>>> futures = new java.util.ArrayList<>();
        for (int t = 0; t < 2; t++) {
            futures.add(pool.submit(() -> {
                java.util.List<String> ids = new java.util.ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    ids.add(lending.register(request(Requester.staff("村会计"), AccessKind.CONSULT, null, null, OLD))
                            .id());
                }
                return ids;
            }));
        }
        java.util.Set<String> all = new java.util.HashSet<>();
        for (var fu : futures) {
            all.addAll(fu.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(60);
        assertThat(lending.ledger().records()).hasSize(60);
    }
}
