package org.cundang.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue of 1,000,000 rows validates, every check included, in a child JVM limited to 256 MB of heap. */
class LargeCatalogueTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void a_million_rows_validate_in_256_mb() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), LargeCatalogueProbe.class.getName(),
                dir.resolve("t").toString(), "1000000");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(110, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).as(out).contains("items=1000000", "maxHeap=" + maxHeap(lines));
        long peak = Long.parseLong(lines.stream().filter(l -> l.startsWith("peakHeap=")).findFirst().orElseThrow()
                .substring(9));
        assertThat(peak).as(out).isLessThanOrEqualTo(256L << 20);
        // no scans in the folder: every row is reported missing, in 200 results plus one CD-4095 count
        assertThat(lines).as(out).contains("problem=CATALOG_FILE_MATCH FAIL CD-4087",
                "problem=CATALOG_FILE_MATCH FAIL CD-4095");
        assertThat(out).doesNotContain("OutOfMemoryError");
        System.out.println(out.lines().filter(l -> l.startsWith("p") || l.startsWith("summary"))
                .reduce("", (a, b) -> a + b + File.separator));
    }

    private static String maxHeap(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("maxHeap=")).findFirst().orElse("maxHeap=?").substring(8);
    }
}
