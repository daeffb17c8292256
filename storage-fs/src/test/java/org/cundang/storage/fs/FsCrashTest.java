package org.cundang.storage.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferReceipt;
import org.cundang.storage.VerificationReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (issue 4): a child JVM accepting transfers is killed with SIGKILL ({@code destroyForcibly}) at random
 * moments; after each kill the store opens, verifies clean, and every transfer is wholly present or wholly absent;
 * every transfer the child reported accepted is present. 50 kills in CI; {@code -Dcundang.soak=true} runs 500.
 */
class FsCrashTest {

    @TempDir
    Path dir;

    private Process start(String mode, Path store, int first) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), mode, store.toString(),
                String.valueOf(first)).redirectErrorStream(true).start();
    }

    @Test
    @DisplayName("killed at random moments, the store always opens consistent: each transfer whole or absent")
    void killAtRandom() throws Exception {
        int runs = Boolean.getBoolean("cundang.soak") ? 500 : 50;
        Path store = dir.resolve("store");
        Random random = new Random(42);
        List<String> reported = new ArrayList<>();
        int next = 1;
        int partialStates = 0;
        for (int run = 0; run < runs; run++) {
            Process p = start("accept", store, next);
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(r.readLine()).isEqualTo("READY");
            List<String> got = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("OK ")) {
                            got.add(line.substring(3));
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the stream closes when the child dies
                }
            });
            reader.start();
            Thread.sleep(random.nextInt(400));
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(5000);
            reported.addAll(got);
            try (FsArchiveStore s = FsArchiveStore.open(store, StoreOptions.defaults())) {
                VerificationReport v = s.verify();
                assertThat(v.findings()).as("run %d", run).isEmpty();
                for (String id : reported) {
                    assertThat(s.transfer(id)).as("reported %s", id).isPresent();
                }
                int present = 0;
                for (int k = 1; k < next + 20; k++) {
                    var t = s.transfer("T-" + k);
                    List<?> items = s.query(ItemQuery.builder().year(1900 + k).limit(1000).build());
                    if (t.isPresent()) {
                        present = k;
                        assertThat(items).as("T-%d", k).hasSize(CrashChild.ITEMS);
                    } else {
                        assertThat(items).as("T-%d absent", k).isEmpty();
                    }
                }
                if (present >= next) {
                    partialStates++;
                }
                next = Math.max(next, present + 1);
                assertThat(s.auditTrail(1, 10_000)).extracting(e -> e.subject())
                        .containsExactlyElementsOf(s.auditTrail(1, 10_000).stream().map(e -> e.subject()).toList());
                TransferReceipt last = present > 0 ? s.transfer("T-" + present).orElseThrow() : null;
                if (last != null) {
                    assertThat(last.items()).isEqualTo(CrashChild.ITEMS);
                }
            }
        }
        assertThat(partialStates).as("some runs got a transfer through before the kill").isPositive();
    }

    @Test
    @DisplayName("a second writer process gets CD-5102; a reader opens beside the writer")
    void secondWriter() throws Exception {
        Path store = dir.resolve("locked");
        Process p = start("hold", store, 0);
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(r.readLine()).isEqualTo("READY");
            assertThatThrownBy(() -> FsArchiveStore.open(store, StoreOptions.defaults()))
                    .isInstanceOf(StorageException.class).hasMessageContaining("CD-5102")
                    .hasMessageContaining(store.toString());
            try (FsArchiveStore reader = FsArchiveStore.open(store, StoreOptions.builder().readOnly(true).build())) {
                assertThat(reader.verify().ok()).isTrue();
                assertThatThrownBy(() -> reader.record("a", "b", "c", java.util.Map.of()))
                        .hasMessageContaining("CD-5030");
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        try (FsArchiveStore after = FsArchiveStore.open(store, StoreOptions.defaults())) {
            assertThat(after.size()).isZero();
        }
    }
}
