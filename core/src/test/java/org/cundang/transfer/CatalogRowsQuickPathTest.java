package org.cundang.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.catalog.CatalogueRules;
import org.cundang.catalog.CatalogueValidator;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.LegacyPeriodMapping;
import org.cundang.retention.RetentionPeriod;

/**
 * The quick row path of CATALOG_FORMAT (rows {@code CatalogueQuickCheck} accepts skip the full Jakarta Validation
 * call) gives exactly the results of validating every row in full, and sharing one 档号 parse per row across the
 * row checks changes no result.
 */
class CatalogRowsQuickPathTest {

    static final CodeTemplate TEMPLATE = CodeTemplate.daT22();
    static final LegacyPeriodMapping MAPPING = LegacyPeriodMapping.defaults();
    static final CatalogueValidator CV = CatalogueValidator.of(CatalogueRules.defaults().withTemplate(TEMPLATE)
            .withLegacyPeriods(MAPPING));

    /** A context over in-memory rows (every code scanned but the ones ending in 9). */
    static TransferContext context(List<CatalogRow> rows) {
        Set<String> files = new java.util.TreeSet<>();
        rows.forEach(r -> {
            String c = r.get(CatalogColumn.CODE);
            if (!c.isEmpty() && !c.endsWith("9") && !c.contains("/")) {
                files.add("data/files/" + c + ".pdf");
            }
        });
        return new TransferContext() {
            @Override
            public boolean isBag() {
                return true;
            }

            @Override
            public Map<String, List<String>> bagInfo() {
                return Map.of("起止年度", List.of("2022-2023"));
            }

            @Override
            public Set<String> payloadFiles() {
                return files;
            }

            @Override
            public boolean catalogPresent() {
                return true;
            }

            @Override
            public void forEachCatalogRow(Consumer<CatalogRow> action) {
                rows.forEach(action);
            }

            @Override
            public DigitisationProfile profile() {
                return DigitisationProfile.daT31();
            }

            @Override
            public List<CheckResult> builtInResults() {
                return List.of();
            }
        };
    }

    static List<TransferCheck> standard(boolean quick) {
        List<org.cundang.schedule.RetentionSchedule> s = TransferValidator.defaultSchedules();
        return List.of(TransferChecks.catalogRows(CV, quick), TransferChecks.codeFormat(TEMPLATE, MAPPING, true),
                TransferChecks.codeSequence(TEMPLATE), TransferChecks.retentionMinimum(s, TEMPLATE, MAPPING),
                TransferChecks.digitisationRequired(s, TEMPLATE, MAPPING,
                        Set.of(RetentionPeriod.PERMANENT, RetentionPeriod.D30)),
                TransferChecks.mandatoryItems(s, TEMPLATE));
    }

    @Property(tries = 60)
    void the_quick_path_and_the_shared_parse_give_exactly_the_full_results(
            @ForAll("catalogues") List<CatalogRow> rows) {
        TransferContext ctx = context(rows);
        List<CheckResult> full = new ArrayList<>();
        for (TransferCheck c : standard(false)) {
            full.addAll(c.run(ctx)); // each check alone: its own pass, its own parses, every row in full
        }
        assertThat(TransferChecks.runAll(standard(true), ctx)).isEqualTo(full);
        assertThat(TransferChecks.catalogRows(CV, true).run(ctx)).isEqualTo(TransferChecks.catalogRows(CV).run(ctx));
    }

    @Provide
    Arbitrary<List<CatalogRow>> catalogues() {
        Arbitrary<String> serial = Arbitraries.of("1", "2", "0", "", "x", "100000");
        Arbitrary<String> code = Arbitraries.oneOf(Arbitraries.integers().between(1, 12).map(i ->
                String.format("Z109-WS·2023-D10-%04d", i)), Arbitraries.of("Z109-WS·2022-Y-0001",
                "Z109-WS·2023-D30-0009", "Z109-WS·2023-D10-00A1", "", "Z109-KJ·2023-D30-0001"));
        Arbitrary<String> text = Arbitraries.of("", "某村村民委员会", "a\u0007b", "=cmd|' /C calc'!A0", "x".repeat(201),
                "\u3000");
        Arbitrary<String> date = Arbitraries.of("20230601", "2023-06-01", "20220105", "20211231", "2023-13-01", "");
        Arbitrary<String> cls = Arbitraries.of("", "公开", "机要");
        Arbitrary<String> pages = Arbitraries.of("1", "3", "0", "", "100001");
        Arbitrary<String> period = Arbitraries.of("D10", "D30", "Y", "永久", "短期", "", "X");
        List<String> ids = new ArrayList<>(List.of("", "", "", "nope"));
        TransferValidator.defaultSchedules().get(0).entries().stream().limit(4).forEach(e -> ids.add(e.id()));
        Arbitrary<String> entry = Arbitraries.of(ids);
        Arbitrary<List<String>> values = net.jqwik.api.Combinators.combine(List.of(serial, code, text, text, text,
                date, cls, pages, period, text, entry)).as(v -> v);
        return values.list().ofMinSize(1).ofMaxSize(25).map(list -> {
            List<CatalogRow> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(new CatalogRow(i + 2, list.get(i)));
            }
            return out;
        });
    }
}
