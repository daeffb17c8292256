package org.cundang.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class CatalogueDatesTest {

    @Test
    void reads_both_forms() {
        assertThat(CatalogueDates.parse("20110315")).contains(LocalDate.of(2011, 3, 15));
        assertThat(CatalogueDates.parse(" 2011-03-15 ")).contains(LocalDate.of(2011, 3, 15));
        assertThat(CatalogueDates.parse("20160229")).contains(LocalDate.of(2016, 2, 29));
    }

    @Test
    void refuses_other_forms_and_impossible_dates() {
        assertThat(CatalogueDates.parse("20150229")).isEmpty();
        assertThat(CatalogueDates.parse("2011/03/15")).isEmpty();
        assertThat(CatalogueDates.parse("2011-3-15")).isEmpty();
        assertThat(CatalogueDates.parse("２０１１０３１５")).isEmpty();
        assertThat(CatalogueDates.parse("")).isEmpty();
        assertThat(CatalogueDates.parse("2".repeat(10_000))).isEmpty();
    }

    @Property(tries = 300)
    void format_then_parse_round_trips(@ForAll @DateRange(min = "1900-01-01", max = "2999-12-31") LocalDate d) {
        assertThat(CatalogueDates.parse(CatalogueDates.format(d))).contains(d);
        assertThat(CatalogueDates.parse(d.toString())).contains(d);
    }
}
