package org.cundang.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A catalogue number (序号, 页数) is read as the former {@code \d{1,9}} expression and {@code parseInt} read it. */
class CatalogueNumberPropertiesTest {

    @Property(tries = 2000)
    void catalogueNumberAgreesWithTheRegexFormulation(@ForAll("pages") String pages) {
        int expected = pages.matches("\\d{1,9}") ? Integer.parseInt(pages) : -1;
        assertThat(TransferValidator.catalogueNumber(pages)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(11),
                Arbitraries.strings().withChars("0123456789 -+.a٣０").ofMaxLength(11),
                Arbitraries.integers().between(0, Integer.MAX_VALUE).map(String::valueOf));
    }
}
