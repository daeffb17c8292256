package org.cundang.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import org.cundang.transfer.Packages.Row;

/** For generated packages with a known set of defects, the report names exactly those defects. */
class TransferDefectsPropertyTest {

    enum Defect {
        MISSING_SCAN("CATALOG_FILE_MATCH FAIL CD-4087", "DIGITIZATION_REQUIRED FAIL CD-4107"),
        GAP("CODE_SEQUENCE FAIL CD-1050"),
        DUPLICATE("CODE_SEQUENCE FAIL CD-1051"),
        SHORT_PERIOD("RETENTION_MINIMUM FAIL CD-4104"),
        PAGE_MISMATCH("PAGE_COUNT FAIL CD-4085"),
        LOW_DPI("RESOLUTION FAIL CD-4080");

        final List<String> expected;

        Defect(String... expected) {
            this.expected = List.of(expected);
        }
    }

    private final Path root;

    TransferDefectsPropertyTest() throws Exception {
        root = Files.createTempDirectory("cundang-defects");
    }

    @AfterProperty
    void cleanUp() throws Exception {
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 25)
    void the_report_names_exactly_the_defects_put_in(@ForAll Set<Defect> defects) throws Exception {
        List<Row> clean = Packages.clean();
        List<Row> rows = new ArrayList<>(clean);
        int n = clean.size();
        Row y = clean.stream().filter(r -> r.period().equals("Y")).findFirst().orElseThrow();
        if (defects.contains(Defect.MISSING_SCAN)) {
            rows.set(clean.indexOf(y), y.withScanPages(-1));
        }
        if (defects.contains(Defect.PAGE_MISMATCH)) {
            rows.set(n - 1, clean.get(n - 1).withPages(clean.get(n - 1).pages() + 1));
        }
        if (defects.contains(Defect.LOW_DPI)) {
            rows.set(n - 2, clean.get(n - 2).withDpi(150));
        }
        if (defects.contains(Defect.DUPLICATE)) {
            rows.add(clean.get(n - 3));
        }
        if (defects.contains(Defect.GAP)) {
            rows.add(clean.get(n - 3).withCode(Packages.code("D10", Packages.nextItem(rows, "D10") + 1)));
        }
        if (defects.contains(Defect.SHORT_PERIOD)) {
            rows.add(y.withCode(Packages.code("D10", Packages.nextItem(rows, "D10"))).withPeriod("D10")
                    .withScanPages(y.pages()).withDpi(300));
        }
        Path dir = Packages.write(Files.createTempDirectory(root, "p"), rows);
        TransferReport report = TransferChecksTest.VALIDATOR.validate(dir);
        Set<String> expected = new TreeSet<>();
        defects.forEach(d -> expected.addAll(d.expected));
        assertThat(TransferChecksTest.problems(report)).isEqualTo(expected);
    }
}
