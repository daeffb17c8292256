package org.cundang.samples.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.cundang.arrange.ArrangeItem;
import org.cundang.arrange.Arrangement;
import org.cundang.arrange.Arranger;
import org.cundang.retention.RetentionPeriod;

/** The catalogue an arrangement produces round-trips through the transfer CSV (issue 9). */
class CatalogueCsvProperties {

    static final Arranger ARRANGER = Arranger.builder("Z109").build();

    @Provide
    Arbitrary<ArrangeItem> items() {
        Arbitrary<String> titles = Arbitraries.strings().withChars("村委会议记录,\" 关于修路的请示ABC123").ofMinLength(1)
                .ofMaxLength(40).filter(s -> !s.isBlank());
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 2000).map(d -> LocalDate.of(2019, 1, 1).plusDays(d));
        Arbitrary<RetentionPeriod> periods = Arbitraries.of(RetentionPeriod.PERMANENT, RetentionPeriod.D30,
                RetentionPeriod.D10);
        Arbitrary<String> remarks = Arbitraries.of("", "复印件", "附件 2 份, 另存");
        return Combinators.combine(titles, dates, periods, Arbitraries.integers().between(1, 999), remarks)
                .as((t, d, p, n, r) -> ArrangeItem.builder("x", t).date(d).period(p).pages(n)
                        .responsible("某某村民委员会").remarks(r).build());
    }

    @Property(tries = 40)
    void round_trips(@ForAll @Size(max = 30) List<@From("items") ArrangeItem> items, @ForAll boolean gb) throws Exception {
        Arrangement a = ARRANGER.arrange(items);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueCsv.write(a.entries(), out, gb ? CatalogueCsv.gb18030() : StandardCharsets.UTF_8);
        String text = CatalogueCsv.decode(out.toByteArray());
        List<List<String>> rows = CatalogueCsv.split(text);
        assertThat(rows.get(0)).isEqualTo(CatalogueCsv.HEADER);
        assertThat(rows).hasSize(a.entries().size() + 1);
        java.nio.file.Path f = java.nio.file.Files.createTempFile("cat", ".csv");
        try {
            java.nio.file.Files.write(f, out.toByteArray());
            assertThat(CatalogueCsv.read(f)).isEqualTo(a.entries());
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }
}
