package org.cundang.benchmarks.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Random;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferSubmission;
import org.cundang.storage.fs.FsArchiveStore;

/**
 * The storage harness of issue 4 (a main class, not JMH: each step is one long, I/O-bound run).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.cundang.benchmarks.storage.StorageBenchmark \
 *      [items=20000] [kb=200] [indexItems=1000000] [dir=target/storage-bench]
 * </pre>
 *
 * <ol>
 *   <li>Baseline: the same files written one by one with write, fsync and rename.</li>
 *   <li>storage-fs: one transfer of the same items and bytes, every durability step kept.</li>
 *   <li>A store of {@code indexItems} items (no content): open time, lookups by 档号, queries by expiry.</li>
 * </ol>
 * The data folder is deleted at the end.
 */
public final class StorageBenchmark {

    private StorageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int kb = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int indexItems = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        Path dir = Path.of(args.length > 3 ? args[3] : "target/storage-bench").toAbsolutePath();
        deleteTree(dir);
        Files.createDirectories(dir);
        System.out.printf("machine: %d cores, %s, Java %s, data in %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("java.version"), dir);
        byte[] base = new byte[kb * 1024];
        new Random(1).nextBytes(base);
        double mb = (double) items * base.length / 1e6;
        try {
            // 1. Baseline.
            Path b = dir.resolve("baseline");
            Files.createDirectories(b);
            long t0 = System.nanoTime();
            for (int i = 0; i < items; i++) {
                Path tmp = b.resolve("f" + i + ".tmp");
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer bb = ByteBuffer.wrap(variant(base, i));
                    while (bb.hasRemaining()) {
                        ch.write(bb);
                    }
                    ch.force(true);
                }
                Files.move(tmp, b.resolve("f" + i), StandardCopyOption.ATOMIC_MOVE);
            }
            double baseS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("baseline write+fsync+rename: %d files in %.1f s = %.0f files/s, %.0f MB/s%n", items,
                    baseS, items / baseS, mb / baseS);
            deleteTree(b);

            // 2. storage-fs.
            CodeTemplate t = CodeTemplate.daT22();
            TransferSubmission.Builder tb = TransferSubmission.builder("bench", "Z109").actor("bench");
            for (int i = 0; i < items; i++) {
                String code = String.format("Z109-WS·%d-D30-BGS-%04d", 2000 + i / 9000, i % 9000 + 1);
                int n = i;
                tb.item(ItemSubmission.builder(entry(code, i), t.parse(code))
                        .content(code + ".jpg", () -> new java.io.ByteArrayInputStream(variant(base, n))).build());
            }
            TransferSubmission tr = tb.build();
            long t1 = System.nanoTime();
            try (FsArchiveStore s = FsArchiveStore.open(dir.resolve("store"), StoreOptions.defaults())) {
                s.accept(tr);
            }
            double storeS = (System.nanoTime() - t1) / 1e9;
            System.out.printf("storage-fs accept: %d items in %.1f s = %.0f items/s, %.0f MB/s (%.0f %% of baseline)%n",
                    items, storeS, items / storeS, mb / storeS, 100 * baseS / storeS);
            deleteTree(dir.resolve("store"));

            // 3. A large index (skipped with indexItems = 0).
            if (indexItems <= 0) {
                return;
            }
            Path big = dir.resolve("big");
            long t2 = System.nanoTime();
            try (FsArchiveStore s = FsArchiveStore.open(big, StoreOptions.defaults())) {
                int per = 90_000;
                for (int start = 0, k = 0; start < indexItems; start += per, k++) {
                    TransferSubmission.Builder bb = TransferSubmission.builder("big-" + k, "Z109").actor("bench");
                    for (int i = start; i < Math.min(indexItems, start + per); i++) {
                        int year = 1900 + i / 9000;
                        String code = String.format("Z109-WS·%d-D30-BGS-%04d", year, i % 9000 + 1);
                        bb.item(ItemSubmission.builder(entry(code, i), t.parse(code)).period(RetentionPeriod.D30)
                                .expiry(LocalDate.of(year + 1030, 12, 31)).build());
                    }
                    s.accept(bb.build());
                }
            }
            System.out.printf("built a %d-item store in %.1f s%n", indexItems, (System.nanoTime() - t2) / 1e9);
            long t3 = System.nanoTime();
            try (FsArchiveStore s = FsArchiveStore.open(big, StoreOptions.defaults())) {
                double openS = (System.nanoTime() - t3) / 1e9;
                System.out.printf("open %d items: %.2f s (%d MB heap used)%n", s.size(), openS,
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
                Random r = new Random(2);
                int lookups = 20_000;
                long t4 = System.nanoTime();
                for (int i = 0; i < lookups; i++) {
                    int n = r.nextInt(indexItems);
                    String code = String.format("Z109-WS·%d-D30-BGS-%04d", 1900 + n / 9000, n % 9000 + 1);
                    if (s.item(code).isEmpty()) {
                        throw new IllegalStateException(code);
                    }
                }
                double lk = (System.nanoTime() - t4) / 1e3 / lookups;
                System.out.printf("lookup by 档号: %.1f µs each (%.0f /s)%n", lk, 1e6 / lk);
                int queries = 50;
                long t5 = System.nanoTime();
                int found = 0;
                for (int i = 0; i < queries; i++) {
                    LocalDate before = LocalDate.of(2930 + r.nextInt(indexItems / 9000 + 1), 1, 1);
                    found += s.query(ItemQuery.builder().expiringBefore(before).limit(100).build()).size();
                }
                System.out.printf("query by expiry (first 100): %.2f ms each (%d found)%n",
                        (System.nanoTime() - t5) / 1e6 / queries, found);
                long t6 = System.nanoTime();
                int due = s.query(ItemQuery.builder().expiringBefore(LocalDate.of(1900, 1, 1)).limit(100).build()).size();
                System.out.printf("query by expiry matching nothing (full index scan): %.1f ms (%d)%n",
                        (System.nanoTime() - t6) / 1e6, due);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static CatalogueEntry entry(String code, int i) {
        return new CatalogueEntry(i + 1, code, "村委〔2011〕" + i + "号", "某村村民委员会", "关于村务公开的会议记录 " + i,
                "20110315", "", 3, "D30", "", null);
    }

    private static byte[] variant(byte[] base, int i) {
        byte[] b = base.clone();
        ByteBuffer.wrap(b).putInt(0, i);
        return b;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
