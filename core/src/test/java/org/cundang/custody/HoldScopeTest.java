package org.cundang.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.junit.jupiter.api.Test;

class HoldScopeTest {

    private static ArchivalCode code(String s) {
        return CodeTemplate.daT22().parse(s);
    }

    @Test
    void coversFondsCategoryWithSubLevelsAndYear() {
        ArchivalCode kjjj = code("Z109-KJ·JJ·2015-D30-0001");
        assertThat(HoldScope.parse("Z109").covers(kjjj)).isTrue();
        assertThat(HoldScope.parse("Z109/KJ").covers(kjjj)).isTrue();
        assertThat(HoldScope.parse("Z109/KJ·JJ/2015").covers(kjjj)).isTrue();
        assertThat(HoldScope.parse("Z109/*/2015").covers(kjjj)).isTrue();
        assertThat(HoldScope.parse("Z109/*/2016").covers(kjjj)).isFalse();
        assertThat(HoldScope.parse("Z109/K").covers(kjjj)).isFalse(); // a prefix of a level is not a parent
        assertThat(HoldScope.parse("Z109/WS").covers(kjjj)).isFalse();
        assertThat(HoldScope.parse("Z110").covers(kjjj)).isFalse();
    }

    @Test
    void refusesMalformedScopesWithACode() {
        for (String bad : new String[] {"", "/KJ", "Z109/KJ/15", "Z109/KJ/2015/x", "Z 109", "Z109/K J",
                "Z109/KJ/０２０１", "Z109\u0000", "a".repeat(100)}) {
            assertThatThrownBy(() -> HoldScope.parse(bad)).as(bad).isInstanceOfSatisfying(CustodyException.class,
                    e -> assertThat(e.code()).isEqualTo("CD-8020"));
        }
    }

    @Provide
    Arbitrary<String> scopes() {
        Arbitrary<String> fonds = Arbitraries.strings().withChars("Z0123456789AB").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> cat = Arbitraries.of("", "/KJ", "/WS", "/KJ·JJ", "/*");
        Arbitrary<String> year = Arbitraries.integers().between(1000, 9999).map(y -> "/" + y).injectNull(0.5);
        return net.jqwik.api.Combinators.combine(fonds, cat, year).as((f, c, y) -> {
            if (y == null) {
                return c.equals("/*") ? f : f + c;
            }
            return f + (c.isEmpty() ? "/*" : c) + y;
        });
    }

    @Property(tries = 300)
    void textFormRoundTrips(@ForAll("scopes") String text) {
        HoldScope s = HoldScope.parse(text);
        assertThat(s.toString()).isEqualTo(text);
        assertThat(HoldScope.parse(s.toString())).isEqualTo(s);
    }
}
