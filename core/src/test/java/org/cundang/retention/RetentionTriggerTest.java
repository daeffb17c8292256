package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionTriggerTest {

    @Test
    void reads_the_three_kinds() {
        assertThat(RetentionTrigger.parse("formation-year")).isSameAs(RetentionTrigger.formationYear());
        assertThat(RetentionTrigger.parse(" accounting-year-end ")).isSameAs(RetentionTrigger.accountingYearEnd());
        RetentionTrigger t = RetentionTrigger.parse("event:合同终止+30d");
        assertThat(t.kind()).isEqualTo(RetentionTrigger.Kind.EVENT);
        assertThat(t.event()).contains("合同终止");
        assertThat(t.offsetDays()).isEqualTo(30);
        assertThat(RetentionTrigger.parse("event:合同终止")).isEqualTo(RetentionTrigger.event("合同终止", 0));
        assertThat(RetentionTrigger.formationYear().event()).isEmpty();
        assertThat(RetentionTrigger.accountingYearEnd().label()).contains("会计年度终了");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "formation", "event:", "event:+3d", "event:x+d", "event:x+3", "event:x+-3d",
            "event:x+99999d", "event:a:b", "event:a\u0001", "FORMATION-YEAR"})
    void refuses_anything_else_with_CD_2033(String text) {
        assertThatThrownBy(() -> RetentionTrigger.parse(text))
                .isInstanceOfSatisfying(RetentionException.class, e -> assertThat(e.code()).isEqualTo("CD-2033"));
    }

    @Test
    void refuses_bad_events_with_CD_2035() {
        assertThatThrownBy(() -> RetentionTrigger.event(" ", 0)).hasMessageStartingWith("CD-2035");
        assertThatThrownBy(() -> RetentionTrigger.event("x", -1)).hasMessageStartingWith("CD-2035");
        assertThatThrownBy(() -> RetentionTrigger.event("x".repeat(101), 0)).hasMessageStartingWith("CD-2035");
        assertThatThrownBy(() -> RetentionTrigger.event("a+b", 0)).hasMessageStartingWith("CD-2035");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("合同终止离任报废清理xyz").ofMinLength(1).ofMaxLength(20);
    }

    @Property(tries = 200)
    void parse_of_code_is_identity(@ForAll("names") String name, @ForAll @IntRange(max = 36_600) int offset) {
        RetentionTrigger t = RetentionTrigger.event(name, offset);
        assertThat(RetentionTrigger.parse(t.code())).isEqualTo(t);
        assertThat(RetentionTrigger.parse(t.toString())).isEqualTo(t).hasSameHashCodeAs(t);
    }
}
