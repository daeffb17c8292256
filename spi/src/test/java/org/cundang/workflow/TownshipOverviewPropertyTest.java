package org.cundang.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cundang.custody.overview.CityReport;
import org.cundang.custody.overview.Figures;
import org.cundang.custody.overview.OverviewRequest;
import org.cundang.custody.overview.TownshipReport;
import org.cundang.custody.overview.VillageRow;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ItemSubmission;
import org.cundang.tck.MutableClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Over generated village stores: totals are the sums of the rows and of what was stored; shares stay in 0..1. */
class TownshipOverviewPropertyTest {

    /** One generated item: year, 条目 (index into ENTRIES), pages, content, township custody, period. */
    record Gen(int year, int entry, int pages, boolean content, boolean custody, String period) {
    }

    private static final String[] ENTRIES = {"T-A", "T-B", "T-C", null};

    @Provide
    Arbitrary<List<List<Gen>>> villages() {
        Arbitrary<Gen> gen = Combinators.combine(Arbitraries.integers().between(2024, 2025),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 50),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of("Y", "D30", "D10"))
                .as(Gen::new);
        return gen.list().ofMaxSize(6).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 25)
    void totals_are_sums_and_shares_stay_in_range(@ForAll("villages") List<List<Gen>> villages) {
        MutableClock clock = OverviewFixture.clock("2026-02-01T00:00:00Z");
        long items = 0;
        long pages = 0;
        long digitised = 0;
        try (ArchiveStore store = OverviewFixture.store(clock)) {
            for (int v = 0; v < villages.size(); v++) {
                String fonds = "Z1" + v;
                List<ItemSubmission> subs = new ArrayList<>();
                int n = 0;
                for (Gen g : villages.get(v)) {
                    String code = fonds + "-WS·" + g.year() + "-" + g.period() + "-" + String.format("%04d", ++n);
                    subs.add(OverviewFixture.item(code, ENTRIES[g.entry()], g.pages(), g.content(), g.custody(),
                            g.period().equals("Y") ? null : LocalDate.of(2040, 12, 31)));
                    items++;
                    pages += g.pages();
                    digitised += g.content() ? 1 : 0;
                }
                if (!subs.isEmpty()) {
                    store.accept(OverviewFixture.transfer("T-" + v, fonds, subs.toArray(ItemSubmission[]::new)));
                }
            }
            TownshipReport r = TownshipOverview.of(store, OverviewFixture.schedules())
                    .gather(OverviewRequest.builder("乡", LocalDate.of(2026, 3, 1)).build());
            Figures sum = Figures.ZERO;
            for (VillageRow row : r.rows()) {
                sum = sum.plus(row.figures());
                assertShares(row.figures());
            }
            assertThat(r.totals()).isEqualTo(sum);
            assertShares(r.totals());
            assertThat(r.totals().items()).isEqualTo(items);
            assertThat(r.totals().pages()).isEqualTo(pages);
            assertThat(r.totals().digitised()).isEqualTo(digitised);
            assertThat(r.totals().transfers()).isEqualTo(villages.stream().filter(l -> !l.isEmpty()).count());
            TownshipReport copy = TownshipReport.fromJson(r.toJson(), "r.json");
            TownshipReport renamed = new TownshipReport("乡2", copy.year(), copy.checklistYear(), copy.asOf(),
                    copy.rows(), copy.rooms(), copy.fixityChecked(), copy.otherFixityFindings());
            assertThat(new CityReport("市", List.of(r, renamed)).totals()).isEqualTo(r.totals().plus(r.totals()));
        }
    }

    private static void assertShares(Figures f) {
        f.digitisedShare().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
        f.requiredDigitisedShare().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
        f.checklistCompleteness().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
    }
}
