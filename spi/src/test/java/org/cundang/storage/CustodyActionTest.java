package org.cundang.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.custody.HoldScope;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.junit.jupiter.api.Test;

class CustodyActionTest {

    @Provide
    Arbitrary<CustodyAction> actions() {
        Arbitrary<String> code = Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("Z109-WS·2010-D10-BGS-0001", "a|b%c", "%7C", "||", "x\ny\u0000"));
        Arbitrary<String> reason = Arbitraries.strings().withCharRange('!', '~').withChars("纠纷|%").ofMinLength(1)
                .ofMaxLength(30);
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 30_000).map(d -> LocalDate.of(2000, 1, 1)
                .plusDays(d));
        Arbitrary<RetentionPeriod> period = Arbitraries.of(RetentionPeriod.D10, RetentionPeriod.D30,
                RetentionPeriod.PERMANENT);
        Arbitrary<HoldScope> scope = Arbitraries.of("Z109", "Z109/KJ", "Z109/*/2015", "A1/WS/2000")
                .map(HoldScope::parse);
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(code, period, day.injectNull(0.3)).as(CustodyAction.Extend::new),
                code.map(CustodyAction.ApproveDestruction::new),
                net.jqwik.api.Combinators.combine(code, Arbitraries.of(true, false)).as(CustodyAction.Destroy::new),
                net.jqwik.api.Combinators.combine(code, reason, day).as((c, r, d) ->
                        new CustodyAction.Hold(c, new RetentionHold(r, d, null))),
                net.jqwik.api.Combinators.combine(code, reason, day).as(CustodyAction.Release::new),
                net.jqwik.api.Combinators.combine(scope, reason, day).as((s, r, d) ->
                        new CustodyAction.HoldOnScope(s, new RetentionHold(r, d, d.plusDays(10)))),
                net.jqwik.api.Combinators.combine(scope, reason, day).as(CustodyAction.ReleaseScope::new));
    }

    @Property(tries = 500)
    void textFormRoundTripsOnOneLine(@ForAll("actions") CustodyAction a) {
        String t = a.toText();
        assertThat(t).doesNotContain("\n", "\r", "\u0000");
        assertThat(CustodyAction.parse(t)).isEqualTo(a);
    }

    @Test
    void garbageIsACodeNotAnException() {
        for (String bad : new String[] {"", "extend", "extend|x|Q9|", "destroy|x|maybe", "hold|x|r|2020-13-01|",
                "release|x|r", "frobnicate|x", "extend|x|D10|%", "extend|x|D10|%G1", "hold-scope|../x|r|2020-01-01|"}) {
            assertThatThrownBy(() -> CustodyAction.parse(bad)).as(bad).isInstanceOfSatisfying(StorageException.class,
                    e -> assertThat(e.code()).isEqualTo("CD-5086"));
        }
    }
}
