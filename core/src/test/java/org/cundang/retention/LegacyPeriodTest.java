package org.cundang.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyPeriodTest {

    @ParameterizedTest
    @CsvSource({"Y,PERMANENT", "1,PERMANENT", "永久,PERMANENT", "C,LONG", "2,LONG", "长期,LONG", "D,SHORT", "3,SHORT",
            "短期,SHORT", "' C ',LONG"})
    void reads_every_legacy_code_and_label(String text, LegacyPeriod expected) {
        assertThat(LegacyPeriod.tryParse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "D30", "D10", "4", "c", "Ｃ", "长"})
    void other_text_is_no_legacy_term(String text) {
        assertThat(LegacyPeriod.tryParse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PERMANENT,永久,Y,1", "LONG,长期,C,2", "SHORT,短期,D,3"})
    void has_its_label_and_codes(LegacyPeriod p, String label, String letter, String digit) {
        assertThat(p.label()).isEqualTo(label);
        assertThat(p.letter()).isEqualTo(letter);
        assertThat(p.codes()).containsExactly(letter, digit);
        assertThat(p.labelEn()).isNotBlank();
    }
}
