package org.cundang.arrange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;

/** Arranging then boxing, for any set of items (issue 9). */
class ArrangeBoxProperties {

    static final Arranger ARRANGER = Arranger.builder("Z109").build();
    static final CodeTemplate T = CodeTemplate.daT22();

    @Provide
    Arbitrary<ArrangeItem> items() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3 * 365)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        Arbitrary<RetentionPeriod> periods = Arbitraries.of(RetentionPeriod.PERMANENT, RetentionPeriod.D30,
                RetentionPeriod.D10);
        Arbitrary<String> orgs = Arbitraries.of("", "BGS", "CWK");
        Arbitrary<Integer> pages = Arbitraries.integers().between(1, 600);
        Arbitrary<String> matters = Arbitraries.of("", "", "修路", "低保");
        return Combinators.combine(dates, periods, orgs, pages, matters).as((d, p, o, n, m) ->
                ArrangeItem.builder("x", "题名").responsible("村委会").date(d).period(p).org(o).pages(n).matter(m)
                        .build());
    }

    @Property(tries = 60)
    void arranging_then_boxing_keeps_every_rule(@ForAll @Size(max = 80) List<@From("items") ArrangeItem> items,
                                                @ForAll("spines") Integer spine) {
        Arrangement a = ARRANGER.arrange(items);
        assertThat(a.findings()).isEmpty();
        assertThat(a.entries()).hasSize(items.size());
        // consecutive 件号 from 1 per class, and 序号 1..n
        Map<String, List<Integer>> perClass = new TreeMap<>();
        for (CatalogueEntry e : a.entries()) {
            ArchivalCode c = T.parse(e.code());
            perClass.computeIfAbsent(c.scope().key(), k -> new ArrayList<>()).add(c.item());
        }
        perClass.values().forEach(nums -> {
            for (int i = 0; i < nums.size(); i++) {
                assertThat(nums.get(i)).isEqualTo(i + 1);
            }
        });
        for (int i = 0; i < a.entries().size(); i++) {
            assertThat(a.entries().get(i).sequence()).isEqualTo(i + 1);
        }
        BoxingRules rules = spine == 0 ? BoxingRules.defaults() : BoxingRules.defaults().withFixedSpine(spine);
        Boxing b = Boxer.of(rules, T).box(a.entries());
        Set<ArchivalCode> boxed = new HashSet<>();
        for (Box box : b.boxes()) {
            long thickness = 0;
            for (ArchivalCode c : box.contents()) {
                assertThat(boxed.add(c)).as("in two boxes: %s", c).isTrue();
                assertThat(c.scope()).isEqualTo(box.scope());
                thickness += rules.thicknessMicrons(pagesOf(a, c));
            }
            if (box.contents().size() > 1) {
                assertThat(thickness).isLessThanOrEqualTo(rules.capacityMicrons(box.spineMm()));
            }
            assertThat(rules.spines()).contains(box.spineMm());
        }
        assertThat(boxed).hasSize(a.entries().size());
        assertThat(BoxChecker.of(rules, T).check(b.boxes(), a.entries())).isEmpty();
    }

    @Provide
    Arbitrary<Integer> spines() {
        return Arbitraries.of(0, 20, 30, 40, 50);
    }

    static int pagesOf(Arrangement a, ArchivalCode c) {
        return a.entries().stream().filter(e -> e.code().equals(c.toString())).findFirst().orElseThrow().pages();
    }
}
