package org.cundang.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cundang.ArchiveException;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.DestructionCertificate;
import org.cundang.custody.DestructionList;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoredItem;
import org.cundang.workflow.AppraisalWorkflow;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.storage.ContentSource;
import org.cundang.storage.TransferSubmission;

/**
 * The custody property every store must satisfy (issue 8): over generated stores and sequences of holds, releases,
 * appraisals and destructions (with good and bad signatures, on days that move forward), a destruction succeeds
 * exactly when every listed item is due and unheld and two distinct supervisors confirmed, no item is destroyed while
 * held or before it is due, and every destroyed item still has its record, its 销毁清册 and its certificate. A store's
 * test provides the arbitraries with {@link #stores()} and {@link #steps()} and calls {@link #check} on a fresh store.
 */
public final class CustodyPropertyKit {

    private CustodyPropertyKit() {
    }

    /** One step of a generated sequence. */
    public sealed interface Step permits HoldItem, HoldScope, Release, ReleaseScope, Appraise, Destroy, Wait {
    }

    /** A generated value. */
    public record HoldItem(int item) implements Step {
    }

    /** A generated value. */
    public record HoldScope(String scope) implements Step {
    }

    /** A generated value. */
    public record Release(int item) implements Step {
    }

    /** A generated value. */
    public record ReleaseScope(String scope) implements Step {
    }

    /** A generated value. */
    public record Appraise(List<Integer> items, boolean keep) implements Step {
    }

    /** A generated value. */
    public record Destroy(int supervisors, boolean sameTwice) implements Step {
    }

    /** A generated value. */
    public record Wait(int days) implements Step {
    }

    /** A generated value. */
    public record Spec(String code, RetentionPeriod period, LocalDate expiry) {
    }

    /** @return generated store contents: 1–12 items of 全宗 Z109, WS or KJ, 2000–2016, mostly D10 */
    public static Arbitrary<List<Spec>> stores() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.of("WS", "KJ"), Arbitraries.integers().between(2000,
                2016), Arbitraries.of(RetentionPeriod.D10, RetentionPeriod.D10, RetentionPeriod.D10, RetentionPeriod.D30)).as((cat, year, p) -> {
                    String code = cat.equals("WS") ? "Z109-WS·" + year + "-" + p.code() + "-BGS-%04d"
                            : "Z109-KJ·" + year + "-" + p.code() + "-%04d";
                    return new Spec(code, p, LocalDate.of(year + p.years().getAsInt(), 12, 31));
                });
        return spec.list().ofMinSize(1).ofMaxSize(12).map(list -> {
            List<Spec> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Spec s = list.get(i);
                out.add(new Spec(String.format(s.code(), i + 1), s.period(), s.expiry()));
            }
            return out;
        });
    }

    /** @return generated sequences of 1–30 steps */
    public static Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> item = Arbitraries.integers().between(0, 11);
        Arbitrary<Integer> supervisors = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(1, 0), net.jqwik.api.Tuple.of(1, 1), net.jqwik.api.Tuple.of(6, 2),
                net.jqwik.api.Tuple.of(1, 3));
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, item.map(HoldItem::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("Z109/WS", "Z109/KJ", "Z109/*/2010", "Z109")
                        .map(HoldScope::new)),
                net.jqwik.api.Tuple.of(2, item.map(Release::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("Z109/WS", "Z109/KJ", "Z109/*/2010", "Z109")
                        .map(ReleaseScope::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(item.list().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.of(true, false, false, false)).as(Appraise::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(supervisors, Arbitraries.of(true, false, false, false,
                        false)).as(Destroy::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 1500).map(Wait::new)));
        return step.list().ofMinSize(1).ofMaxSize(30);
    }

    /**
     * Fills a fresh store, runs the steps through {@link AppraisalWorkflow}, and asserts the property.
     *
     * @param store a fresh, empty store
     * @param specs the items
     * @param steps the steps
     */
    public static void check(ArchiveStore store, List<Spec> specs, List<Step> steps) {
        check(store, specs, steps, s -> s);
    }

    /**
     * Checks the property on a store kept on disk: a new folder per try, the store opened in it by {@code open}
     * (again after every reopen step), closed and the folder deleted afterwards.
     *
     * @param open  opens the store kept in a folder (the same folder each time)
     * @param specs the items
     * @param steps the steps
     * @throws IOException when the folder cannot be made or removed
     */
    public static void checkOnDisk(Function<Path, ArchiveStore> open,
                                   List<Spec> specs, List<Step> steps) throws IOException {
        Path dir = Files.createTempDirectory("cundang-custody-property");
        ArchiveStore[] current = {open.apply(dir)};
        try {
            check(current[0], specs, steps, s -> {
                s.close();
                current[0] = open.apply(dir);
                return current[0];
            });
        } finally {
            current[0].close();
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * As {@link #check(ArchiveStore, List, List)}, and the final assertions run on the store opened again (so what
     * was kept is what a restart sees).
     *
     * @param store  a fresh, empty store
     * @param specs  the items
     * @param steps  the steps
     * @param reopen closes the store and opens it again on the same data
     */
    public static void check(ArchiveStore store, List<Spec> specs, List<Step> steps,
                             java.util.function.UnaryOperator<ArchiveStore> reopen) {
        List<ItemSubmission> items = new ArrayList<>();
        for (Spec s : specs) {
            items.add(item(s.code(), "题名" + s.code(), s.period(), s.expiry()));
        }
        store.accept(transfer("T-1", "Z109", items.toArray(new ItemSubmission[0])));
        AppraisalWorkflow wf = AppraisalWorkflow.on(store, "档案员");
        Model model = new Model(specs);
        LocalDate day = LocalDate.of(2026, 1, 1);
        List<String> appraisals = new ArrayList<>();
        int n = 0;
        for (Step step : steps) {
            n++;
            String id = "R-" + n;
            try {
                if (step instanceof Wait w) {
                    day = day.plusDays(w.days());
                } else if (step instanceof HoldItem h) {
                    String code = specs.get(h.item() % specs.size()).code();
                    wf.hold(id, code, RetentionHold.of("纠纷", day), "");
                    model.hold(code, day);
                } else if (step instanceof HoldScope h) {
                    wf.hold(id, h.scope(), RetentionHold.of("调查", day), "");
                    model.hold(h.scope(), day);
                } else if (step instanceof Release r) {
                    String code = specs.get(r.item() % specs.size()).code();
                    wf.release(id, code, "纠纷", day, "");
                    model.release(code, day);
                } else if (step instanceof ReleaseScope r) {
                    wf.release(id, r.scope(), "调查", day, "");
                    model.release(r.scope(), day);
                } else if (step instanceof Appraise a) {
                    Map<String, AppraisalDecision> m = new LinkedHashMap<>();
                    for (int i : a.items()) {
                        m.put(specs.get(i % specs.size()).code(), a.keep()
                                ? new AppraisalDecision.Keep(RetentionPeriod.PERMANENT, "有保存价值")
                                : new AppraisalDecision.Destroy("无保存价值"));
                    }
                    wf.appraise(wf.draft(id, day, "村委会", List.of("甲", "乙"), m, "意见"));
                    if (a.keep()) {
                        model.permanent.addAll(m.keySet());
                    } else {
                        appraisals.add(id);
                    }
                    net.jqwik.api.statistics.Statistics.label("appraisal").collect(a.keep() ? "keep" : "destroy");
                } else if (step instanceof Destroy d && !appraisals.isEmpty()) {
                    String appraisal = appraisals.get(appraisals.size() - 1);
                    DestructionList l = wf.prepareDestruction(appraisal, day);
                    List<String> sup = new ArrayList<>();
                    for (int i = 0; i < d.supervisors(); i++) {
                        sup.add(d.sameTwice() ? "监销甲" : "监销" + i);
                    }
                    DestructionList signed = AppraisalWorkflow.signed(l, "主任", "档案员", "会计", sup, sup, sup);
                    // What the rules say before we try, from the test's own model of periods and holds (not from the
                    // code under test): the destruction may only succeed if every listed item is due and unheld on
                    // the day and two distinct supervisors confirmed.
                    boolean allowed = !l.entries().isEmpty() && sup.stream().distinct().count() >= 2
                            && sup.stream().distinct().count() == sup.size();
                    for (DestructionList.Entry e : l.entries()) {
                        allowed &= model.due(e.code(), day) && !model.held(e.code(), day);
                    }
                    net.jqwik.api.statistics.Statistics.label("destroy attempt").collect(
                            l.entries().isEmpty() ? "empty list" : allowed ? "allowed" : "forbidden");
                    boolean done;
                    try {
                        wf.destroy(new DestructionCertificate(id, "Z109", "村委会", appraisal, day, "粉碎", "档案室",
                                signed));
                        done = true;
                    } catch (ArchiveException refused) {
                        done = false;
                    }
                    assertThat(done).as("destruction %s of %s on %s", id, l.entries(), day).isEqualTo(allowed);
                }
            } catch (ArchiveException refused) {
                // a refusal is always allowed; what matters is that nothing forbidden happened
            }
        }
        java.util.Map<String, StoredItem> before = new java.util.HashMap<>();
        store.query(ItemQuery.builder().limit(ItemQuery.MAX_LIMIT).build())
                .forEach(it -> before.put(it.code().toString(), it));
        store = reopen.apply(store);
        List<StoredItem> all = store.query(ItemQuery.builder().limit(ItemQuery.MAX_LIMIT).build());
        net.jqwik.api.statistics.Statistics.label("some item destroyed")
                .collect(all.stream().anyMatch(StoredItem::isDestroyed));
        assertThat(all).hasSize(before.size());
        for (StoredItem it : all) {
            assertThat(it).as("after reopening").isEqualTo(before.get(it.code().toString()));
            if (!it.isDestroyed()) {
                assertThat(store.readContent(it.content().get(0).address())).isNotEmpty();
                continue;
            }
            String rid = it.disposal().destructionId();
            CustodyRecord r = store.custodyRecord(rid).orElseThrow();
            DestructionCertificate c = DestructionCertificate.fromJson(r.body());
            assertThat(c.list().entries()).extracting(DestructionList.Entry::code).contains(it.code().toString());
            assertThat(store.custodyRecord(it.disposal().appraisalId())).isPresent();
            assertThat(it.disposal().destroyedOn()).isAfter(it.expiry());
            assertThat(it.period().isPermanent()).isFalse();
        }
        assertThat(store.verify().findings()).isEmpty();
    }

    /**
     * The test's own account of what the steps did, kept beside the store so the expected outcome of a destruction is
     * not computed by the code under test: the expiry of each item, the items kept permanently, and the holds on items
     * and scopes with the days they last.
     */
    private static final class Model {
        private final Map<String, LocalDate> expiry = new java.util.HashMap<>();
        final java.util.Set<String> permanent = new java.util.HashSet<>();
        private final Map<String, List<LocalDate[]>> holds = new java.util.HashMap<>();

        Model(List<Spec> specs) {
            specs.forEach(s -> expiry.put(s.code(), s.expiry()));
        }

        void hold(String target, LocalDate since) {
            holds.computeIfAbsent(target, k -> new ArrayList<>()).add(new LocalDate[] {since, LocalDate.MAX});
        }

        void release(String target, LocalDate on) {
            for (LocalDate[] h : holds.getOrDefault(target, List.of())) {
                if (!on.isBefore(h[0]) && !on.isAfter(h[1])) {
                    h[1] = on;
                }
            }
        }

        boolean due(String code, LocalDate day) {
            return !permanent.contains(code) && day.isAfter(expiry.get(code));
        }

        boolean held(String code, LocalDate day) {
            for (Map.Entry<String, List<LocalDate[]>> e : holds.entrySet()) {
                if (covers(e.getKey(), code)) {
                    for (LocalDate[] h : e.getValue()) {
                        if (!day.isBefore(h[0]) && !day.isAfter(h[1])) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** A hold target covers a code: the code itself, or one of the scopes the steps use. */
        private static boolean covers(String target, String code) {
            // codes look like Z109-WS·2010-D10-BGS-0001 or Z109-KJ·2010-D10-0001
            String category = code.substring(code.indexOf('-') + 1, code.indexOf('·'));
            String year = code.substring(code.indexOf('·') + 1, code.indexOf('·') + 5);
            return switch (target) {
                case "Z109" -> true;
                case "Z109/WS", "Z109/KJ" -> target.endsWith("/" + category);
                case "Z109/*/2010" -> year.equals("2010");
                default -> target.equals(code);
            };
        }
    }

    private static ItemSubmission item(String code, String title, RetentionPeriod p, LocalDate expiry) {
        CatalogueEntry e = new CatalogueEntry(1, code, "", "某村村民委员会", title, "20100301", "", 2, p.code(), "",
                null);
        return ItemSubmission.builder(e, CodeTemplate.daT22().parse(code)).period(p).expiry(expiry)
                .content(code + ".pdf", ContentSource.ofBytes((code + title).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    private static TransferSubmission transfer(String id, String fonds, ItemSubmission... items) {
        TransferSubmission.Builder b = TransferSubmission.builder(id, fonds).actor("乡镇档案员").batch("2026-01");
        for (ItemSubmission i : items) {
            b.item(i);
        }
        return b.build();
    }
}
