package org.cundang.samples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cundang.samples.cli.CundangCommand;
import org.cundang.samples.demo.Demo;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferReceipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cundang demo} end to end (issue 7): the first validation finds the planted mistakes, the corrected bag is
 * accepted, the store verifies, a second run changes nothing; the transfer report opens in a real browser.
 */
class DemoAndReportsInBrowserTest {

    @Test
    void the_demo_runs_twice_safely_and_its_reports_open_in_a_browser(@TempDir Path work) throws Exception {
        Path dir = work.resolve("demo");
        String store = work.resolve("store").toString();
        List<String> lines = new ArrayList<>();
        Demo.Summary first = new Demo(dir, store, Locale.SIMPLIFIED_CHINESE, lines::add).run(bag -> accept(bag, store));
        assertThat(first.ok()).isTrue();
        assertThat(first.alreadyAccepted()).isFalse();
        assertThat(first.receivedFailures()).as("the planted mistakes are found").isGreaterThanOrEqualTo(4);
        assertThat(String.join("\n", lines)).contains("CODE_SEQUENCE").contains("RETENTION_MINIMUM")
                .contains("RESOLUTION").contains("CATALOG_FILE_MATCH");
        assertThat(first.corrections()).hasSize(4);
        assertThat(first.items()).isGreaterThan(30);
        assertThat(first.roomCompliant()).as("the simulated dehumidifier failure is an excursion").isFalse();
        theSuggestedCommandsRun(lines, work);

        Demo.Summary second = new Demo(dir, store, Locale.ENGLISH, l -> { }).run(bag -> accept(bag, store));
        assertThat(second.ok()).isTrue();
        assertThat(second.alreadyAccepted()).as("running twice is safe").isTrue();
        try (ArchiveStore s = ArchiveStores.load().open(ArchiveStores.toUri(store),
                StoreOptions.builder().readOnly(true).build())) {
            assertThat(s.verify().ok()).isTrue();
            assertThat(s.verify().items()).isEqualTo(first.items());
        }

        HeadlessChromium chromium = HeadlessChromium.require();
        HeadlessChromium.Load load = chromium.dumpDom(second.transferReport(), work);
        assertThat(load.exit()).isZero();
        assertThat(load.pageErrors()).isEmpty();
        assertThat(load.dom()).contains(String.valueOf(second.items())).contains(String.valueOf(second.pages()))
                .contains(second.items() + "");
        Path png = Path.of("target", "screenshots", "transfer-report.png");
        assertThat(chromium.screenshot(second.transferReport(), png, work)).isZero();
        assertThat(Files.size(png)).isGreaterThan(10_000);
        HeadlessChromium.Load received = chromium.dumpDom(second.receivedReport(), work);
        assertThat(received.pageErrors()).isEmpty();
        assertThat(Files.readString(second.receivedReport(), StandardCharsets.UTF_8)).contains("CD-1050");
    }

    /**
     * Every "what to try next" command the demo prints runs as printed (a suggestion once named a schedule entry
     * that had become ambiguous and failed with CD-9011); output files go to the test's folder.
     */
    private static void theSuggestedCommandsRun(List<String> lines, Path work) {
        String prefix = "  java -jar samples/target/cundang.jar ";
        List<String> suggested = lines.stream().filter(l -> l.startsWith(prefix)).toList();
        assertThat(suggested).hasSizeGreaterThanOrEqualTo(6);
        for (String line : suggested) {
            List<String> args = new ArrayList<>();
            for (String a : line.substring(prefix.length()).split(" ")) {
                args.add(a.endsWith(".html") ? work.resolve(a).toString() : a);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = CundangCommand.execute(args.toArray(String[]::new), new PrintStream(out, true,
                    StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            // exit 1 where the command reports problems, as documented: the bag as received has the planted mistakes
            // (a MUST failed), and the township overview has the village's open findings (items not collected)
            int expected = line.contains(" transfer validate ") || line.contains(" overview township ") ? 1 : 0;
            assertThat(exit).as(line + "\n" + err.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
            assertThat(out.toString(StandardCharsets.UTF_8)).as(line).isNotBlank();
        }
    }

    private static TransferReceipt accept(Path bag, String store) {
        return org.cundang.samples.cli.DemoSupport.accept(bag, store);
    }
}
