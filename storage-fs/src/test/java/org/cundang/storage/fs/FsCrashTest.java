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
import org.cundang.digest.Digest;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.CustodySubmission;
import org.cundang.storage.Disposal;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.StoredItem;
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
 * The same for custody records (issue 8): holds, approvals and destructions, each record whole or absent, and no
 * content of an item that is not destroyed ever lost.
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
            reported.addAll(killChild("accept", store, next, run % 5 == 4, random.nextInt(400)));
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
                // one accept event for each transfer present, in order, and none for a transfer the kill undid
                List<String> accepted = new ArrayList<>();
                for (int k = 1; k <= present; k++) {
                    accepted.add("T-" + k);
                }
                assertThat(s.auditTrail(1, 10_000)).filteredOn(e -> e.action().equals("transfer.accept"))
                        .extracting(e -> e.subject()).as("run %d", run).containsExactlyElementsOf(accepted);
                TransferReceipt last = present > 0 ? s.transfer("T-" + present).orElseThrow() : null;
                if (last != null) {
                    assertThat(last.items()).isEqualTo(CrashChild.ITEMS);
                }
            }
        }
        assertThat(partialStates).as("some runs got a transfer through before the kill").isPositive();
    }

    @Test
    @DisplayName("killed while keeping custody records, the store opens consistent: each record whole or absent, no living content lost")
    void killWhileKeepingCustody() throws Exception {
        int runs = Boolean.getBoolean("cundang.soak") ? 100 : 6;
        Path store = dir.resolve("custody");
        try (FsArchiveStore s = FsArchiveStore.open(store, StoreOptions.defaults())) {
            CrashChild.fillForCustody(s);
        }
        List<CustodySubmission> all = new ArrayList<>();
        for (int k = 1; k <= CrashChild.CUSTODY_ITEMS; k++) {
            all.addAll(CrashChild.custodyStep(k));
        }
        Random random = new Random(7);
        List<String> reported = new ArrayList<>();
        int next = 1;
        int kept = 0;
        for (int run = 0; run < runs && next <= CrashChild.CUSTODY_ITEMS; run++) {
            reported.addAll(killChild("custody", store, next, run % 3 == 2, random.nextInt(300)));
            try (FsArchiveStore s = FsArchiveStore.open(store, StoreOptions.defaults())) {
                assertThat(s.verify().findings()).as("run %d", run).isEmpty();
                for (String id : reported) {
                    assertThat(s.custodyRecord(id)).as("reported %s", id).isPresent();
                }
                // The records present are a prefix of the order the child keeps them in, each as submitted.
                int present = 0;
                while (present < all.size() && s.custodyRecord(all.get(present).id()).isPresent()) {
                    CustodyRecord rec = s.custodyRecord(all.get(present).id()).orElseThrow();
                    assertThat(rec.sameAs(all.get(present))).as(rec.id()).isTrue();
                    present++;
                }
                for (int i = present; i < all.size(); i++) {
                    assertThat(s.custodyRecord(all.get(i).id())).as("after the first absent").isEmpty();
                }
                kept = present;
                java.util.Set<String> ids = new java.util.HashSet<>();
                all.subList(0, present).forEach(x -> ids.add(x.id()));
                checkItems(s, ids, run);
                next = 1;
                while (next <= CrashChild.CUSTODY_ITEMS
                        && CrashChild.custodyStep(next).stream().allMatch(x -> ids.contains(x.id()))) {
                    next++;
                }
            }
        }
        assertThat(kept).as("some records got through before the kills").isPositive();
    }

    /** Waits (at most 60 s) until the child reported one step done. */
    /**
     * Starts a child that works on the store from {@code from}, lets it run (until its first success when
     * {@code waitForFirst}, then {@code sleepMillis} more), kills it, and returns what it reported done before it died.
     */
    private List<String> killChild(String mode, Path store, int from, boolean waitForFirst, int sleepMillis)
            throws Exception {
        Process p = start(mode, store, from);
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
        if (waitForFirst) {
            awaitFirst(got); // on a loaded machine a random moment may always come too early
        }
        Thread.sleep(sleepMillis);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        reader.join(5000);
        return got;
    }

    private static void awaitFirst(List<String> got) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (got.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }

    /** Every item's state agrees with the records present; content of every item not destroyed is intact. */
    private static void checkItems(FsArchiveStore s, java.util.Set<String> ids, int run) {
        for (int k = 1; k <= CrashChild.CUSTODY_ITEMS; k++) {
            StoredItem it = s.require(CrashChild.custodyCode(k));
            String as = "run " + run + " item " + k;
            Disposal want = ids.contains("D-" + k) ? new Disposal("A-" + k, "D-" + k, CrashChild.DAY)
                    : ids.contains("A-" + k) ? Disposal.decided("A-" + k) : null;
            assertThat(it.disposal()).as(as).isEqualTo(want);
            assertThat(it.holds()).as(as).hasSize(ids.contains("H-" + k) ? 1 : 0);
            Digest d = it.content().get(0).address();
            int partner = k % 2 == 0 ? k + 1 : k - 1;
            boolean partnerGone = partner < 1 || partner > CrashChild.CUSTODY_ITEMS || ids.contains("D-" + partner);
            if (!it.isDestroyed()) {
                assertThat(s.readContent(d)).as(as).isEqualTo(CrashChild.custodyContent(k));
            } else if (!partnerGone) {
                assertThat(s.readContent(d)).as(as + " shared with " + partner).isEqualTo(
                        CrashChild.custodyContent(k));
            } else {
                assertThat(java.nio.file.Files.exists(s.fileOf(d))).as(as + " destroyed").isFalse();
            }
        }
        for (ScopeHold h : s.scopeHolds()) {
            assertThat(ids).contains(h.recordId());
            String k = h.recordId().substring(2);
            assertThat(h.hold().end().isPresent()).isEqualTo(ids.contains("SR-" + k));
        }
        assertThat(s.scopeHolds()).hasSize((int) ids.stream().filter(i -> i.startsWith("S-")).count());
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
