package org.cundang.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionTrigger;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    private static ScheduleLayer base(RetentionPeriod... periods) {
        ScheduleLayer.Builder b = ScheduleLayer.builder("base", ScheduleLevel.NATIONAL).title("基础表");
        for (int i = 0; i < periods.length; i++) {
            b.entry(ScheduleEntry.builder("E-" + i, i == 0 ? "记账凭证" : "条目" + i, periods[i])
                    .trigger(RetentionTrigger.accountingYearEnd()).build());
        }
        return b.build();
    }

    private static ScheduleLayer overlay(String id, String baseId, ScheduleAmendment... amendments) {
        ScheduleLayer.Builder b = ScheduleLayer.builder(id, ScheduleLevel.COUNTY).base(baseId);
        for (ScheduleAmendment a : amendments) {
            b.amendment(a);
        }
        return b.build();
    }

    @Test
    void an_overlay_may_lengthen_and_records_who_set_the_period() {
        RetentionSchedule s = RetentionSchedule.of(base(RetentionPeriod.D10, RetentionPeriod.D30),
                overlay("county", "base", ScheduleAmendment.of("E-0").withPeriod(RetentionPeriod.D30)
                        .withTownshipCustody(true).withMandate("县表")));
        ResolvedEntry e = s.require("E-0");
        assertThat(e.period()).isEqualTo(RetentionPeriod.D30);
        assertThat(e.periodSetBy()).isEqualTo("county");
        assertThat(e.definedIn()).isEqualTo("base");
        assertThat(e.amendedBy()).containsExactly("county");
        assertThat(e.entry().townshipCustody()).isTrue();
        assertThat(e.entry().mandate()).isEqualTo("县表");
        assertThat(e.entry().trigger()).isEqualTo(RetentionTrigger.accountingYearEnd());
        assertThat(s.require("E-1").periodSetBy()).isEqualTo("base");
        assertThat(s.id()).isEqualTo("county");
        assertThat(s.townshipCustodyEntries()).extracting(ResolvedEntry::id).containsExactly("E-0");
    }

    @Test
    void an_overlay_that_only_changes_flags_keeps_the_base_as_period_setter() {
        RetentionSchedule s = RetentionSchedule.of(base(RetentionPeriod.D10),
                overlay("county", "base", ScheduleAmendment.of("E-0").withPeriod(RetentionPeriod.D10).withControlled(true)));
        assertThat(s.require("E-0").periodSetBy()).isEqualTo("base");
        assertThat(s.require("E-0").entry().controlled()).isTrue();
    }

    @Test
    void a_shortening_overlay_is_refused_naming_both_entries() {
        ScheduleLayer county = overlay("county", "base", ScheduleAmendment.of("E-0").withPeriod(RetentionPeriod.D30));
        ScheduleLayer township = overlay("township", "county", ScheduleAmendment.of("E-0").withPeriod(RetentionPeriod.D10));
        assertThatThrownBy(() -> RetentionSchedule.of(base(RetentionPeriod.D10), county, township))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2012");
                    assertThat(e.source()).contains("township");
                    assertThat(e.entry()).contains("E-0");
                    assertThat(e.getMessage()).contains("township").contains("E-0").contains("D10")
                            .contains("layer county").contains("D30");
                    assertThat(e.getMessage(Locale.CHINA)).contains("不得缩短");
                });
    }

    @Test
    void permanent_cannot_become_fixed() {
        assertThatThrownBy(() -> RetentionSchedule.of(base(RetentionPeriod.PERMANENT),
                overlay("county", "base", ScheduleAmendment.of("E-0").withPeriod(RetentionPeriod.D30))))
                .hasMessageStartingWith("CD-2012");
    }

    @Test
    void changing_what_a_period_counts_from_is_refused() {
        assertThatThrownBy(() -> RetentionSchedule.of(base(RetentionPeriod.afterEvent("固定资产报废清理", 5)),
                overlay("county", "base", ScheduleAmendment.of("E-0").withPeriod(RetentionPeriod.D30))))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2013");
                    assertThat(e.getMessage()).contains("E5:固定资产报废清理").contains("D30");
                });
        RetentionSchedule ok = RetentionSchedule.of(base(RetentionPeriod.afterEvent("固定资产报废清理", 5)),
                overlay("county", "base", ScheduleAmendment.of("E-0").withPeriod(RetentionPeriod.afterEvent("固定资产报废清理", 8))));
        assertThat(ok.require("E-0").period().years()).hasValue(8);
    }

    @Test
    void an_overlay_may_add_entries_but_not_reuse_ids() {
        ScheduleLayer adds = ScheduleLayer.builder("county", ScheduleLevel.COUNTY).base("base")
                .entry(ScheduleEntry.builder("C-1", "村档乡管移交清册", RetentionPeriod.PERMANENT).build()).build();
        RetentionSchedule s = RetentionSchedule.of(base(RetentionPeriod.D10), adds);
        assertThat(s.entries()).extracting(ResolvedEntry::id).containsExactly("E-0", "C-1");
        assertThat(s.require("C-1").definedIn()).isEqualTo("county");

        ScheduleLayer reuses = ScheduleLayer.builder("county", ScheduleLevel.COUNTY).base("base")
                .entry(ScheduleEntry.builder("E-0", "x", RetentionPeriod.D10).build()).build();
        assertThatThrownBy(() -> RetentionSchedule.of(base(RetentionPeriod.D10), reuses))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2008");
                    assertThat(e.getMessage()).contains("county").contains("E-0").contains("base");
                });
    }

    @Test
    void the_stack_must_be_well_formed() {
        ScheduleLayer b = base(RetentionPeriod.D10);
        assertThatThrownBy(() -> RetentionSchedule.of(overlay("county", "base"))).hasMessageStartingWith("CD-2020");
        assertThatThrownBy(() -> RetentionSchedule.of(b, base(RetentionPeriod.D30))).hasMessageStartingWith("CD-2021");
        assertThatThrownBy(() -> RetentionSchedule.of(b, overlay("county", "province")))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2011");
                    assertThat(e.getMessage()).contains("county").contains("province");
                });
        assertThatThrownBy(() -> RetentionSchedule.of(b, overlay("county", "base"), overlay("county", "base")))
                .hasMessageStartingWith("CD-2022");
        assertThatThrownBy(() -> RetentionSchedule.of(b, overlay("county", "base", ScheduleAmendment.of("X-9"))))
                .isInstanceOfSatisfying(ScheduleException.class, e -> {
                    assertThat(e.code()).isEqualTo("CD-2014");
                    assertThat(e.entry()).contains("X-9");
                });
        assertThatThrownBy(() -> RetentionSchedule.of(List.of())).hasMessageStartingWith("CD-2018");
    }

    @Test
    void lookup_by_id_and_keyword() {
        RetentionSchedule s = RetentionSchedule.of(base(RetentionPeriod.D30, RetentionPeriod.D10));
        assertThat(s.entry("E-1")).isPresent();
        assertThat(s.entry(" E-1 ")).isPresent();
        assertThat(s.entry("nope")).isEmpty();
        assertThatThrownBy(() -> s.require("nope")).isInstanceOfSatisfying(ScheduleException.class,
                e -> assertThat(e.code()).isEqualTo("CD-2019"));
        assertThat(s.find(" 记账 ")).extracting(ResolvedEntry::id).containsExactly("E-0");
        assertThat(s.find("条目")).extracting(ResolvedEntry::id).containsExactly("E-1");
        assertThat(s.find("没有")).isEmpty();
        assertThat(s.find("x".repeat(10_000))).isEmpty();
        assertThatThrownBy(() -> s.find("  ")).hasMessageStartingWith("CD-2023");
    }

    // ---- property: no overlay can yield a shorter period than its base ----

    @Provide
    Arbitrary<RetentionPeriod> periods() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 100).map(RetentionPeriod::years),
                Arbitraries.integers().between(1, 20).map(y -> RetentionPeriod.afterEvent("固定资产报废清理", y)),
                Arbitraries.integers().between(1, 20).map(y -> RetentionPeriod.afterEvent("合同终止", y)),
                Arbitraries.just(RetentionPeriod.PERMANENT));
    }

    @Provide
    Arbitrary<List<RetentionPeriod>> overlayPeriods() {
        return periods().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300)
    void the_resolver_rejects_or_never_shortens(@ForAll("periods") RetentionPeriod basePeriod,
                                                @ForAll("overlayPeriods") List<RetentionPeriod> chain) {
        ScheduleLayer b = base(basePeriod);
        ScheduleLayer[] overlays = new ScheduleLayer[chain.size()];
        for (int i = 0; i < chain.size(); i++) {
            overlays[i] = overlay("o" + i, i == 0 ? "base" : "o" + (i - 1),
                    ScheduleAmendment.of("E-0").withPeriod(chain.get(i)));
        }
        RetentionSchedule s;
        try {
            s = RetentionSchedule.of(b, overlays);
        } catch (ScheduleException e) {
            assertThat(e.code()).isIn("CD-2012", "CD-2013");
            // The rejection is justified: some step really was shorter or counted from something else.
            boolean someStepBad = false;
            RetentionPeriod cur = basePeriod;
            for (RetentionPeriod next : chain) {
                if (!RetentionSchedule.mayReplace(cur, next)) {
                    someStepBad = true;
                    break;
                }
                cur = next;
            }
            assertThat(someStepBad).isTrue();
            return;
        }
        RetentionPeriod result = s.require("E-0").period();
        assertThat(result.isShorterThan(basePeriod)).isFalse();
        if (!basePeriod.isPermanent() && !result.isPermanent()) {
            assertThat(result.years().getAsInt()).isGreaterThanOrEqualTo(basePeriod.years().getAsInt());
            assertThat(result.event()).isEqualTo(basePeriod.event());
        }
        if (basePeriod.isPermanent()) {
            assertThat(result.isPermanent()).isTrue();
        }
    }

    @Property(tries = 200)
    void may_replace_agrees_with_the_order_for_same_kind_periods(@ForAll("periods") RetentionPeriod a,
                                                                 @ForAll("periods") RetentionPeriod b) {
        if (RetentionSchedule.mayReplace(a, b)) {
            assertThat(b.isShorterThan(a)).isFalse();
        }
        if (b.isPermanent()) {
            assertThat(RetentionSchedule.mayReplace(a, b)).isTrue();
        }
    }
}
