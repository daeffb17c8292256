package org.cundang.benchmarks.transfer;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.cundang.transfer.CheckResult;
import org.cundang.transfer.Outcome;
import org.cundang.transfer.TransferReport;
import org.cundang.transfer.TransferValidator;

/**
 * The transfer-validation benchmark of issue 3 (a plain main, not JMH: each run reads gigabytes).
 *
 * <p>Generates a BagIt bag of N page images of 200 KiB (default 20,000 = 4.1 GB; each a valid 300 dpi colour JPEG
 * padded with unique comment bytes), one catalogue row per image, SHA-256 and SM3 manifests; warms the page cache;
 * then times, in the same run: Cundang's full validation (every check) with the SHA-256 manifest only and with
 * SHA-256 and SM3; {@code openssl dgst -sha256} and {@code sha256sum} over the payload on 2 processes
 * ({@code xargs -P2}); bagit-java 5.2.0 {@code BagVerifier.isValid} (SHA-256 manifest only: bagit-java knows no SM3);
 * and BouncyCastle SM3's single-core and two-core in-memory limit. Prints every figure and the peak heap, and
 * deletes the bag unless {@code --keep}. Profiling aids: {@code --generate-only} writes the bag and stops;
 * {@code --validate-only} validates an existing bag three times; {@code --compare-only [--rounds N]} times openssl,
 * bagit-java, Cundang (SHA-256) and the floor of any Java validator (walk the payload and SHA-256 it on 2 threads,
 * checking nothing) on an existing bag in N interleaved rounds (default 5) and reports the best of each (a fairer
 * comparison on a shared machine, where the load changes between phases).
 *
 * <p>Run: {@code mvn -B -pl benchmarks -am package -DskipTests} then
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar org.cundang.benchmarks.transfer.TransferBenchmark
 * [files] [dir] [--keep]}.
 */
public final class TransferBenchmark {

    static final int FILE_BYTES = 200 * 1024;
    static final int REPEATS = 2;

    private TransferBenchmark() {
    }

    /**
     * Entry point.
     *
     * @param args [files (default 20000)] [directory (default /tmp/cundang-transfer-bench)] [--keep]
     *             [--generate-only] [--validate-only] [--compare-only [--rounds N]]
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        boolean keep = a.remove("--keep");
        boolean generateOnly = a.remove("--generate-only");
        boolean validateOnly = a.remove("--validate-only");
        boolean compareOnly = a.remove("--compare-only");
        int rounds = 5;
        int r = a.indexOf("--rounds");
        if (r >= 0) {
            rounds = Integer.parseInt(a.remove(r + 1));
            a.remove(r);
        }
        int files = a.size() > 0 ? Integer.parseInt(a.get(0)) : 20_000;
        Path dir = Path.of(a.size() > 1 ? a.get(1) : "/tmp/cundang-transfer-bench");
        Path bag = dir.resolve("bag");
        Path aside = dir.resolve("manifest-sm3.txt.aside");
        System.out.printf(Locale.ROOT, "machine: %d processors, %s, %.1f GiB max heap%n",
                Runtime.getRuntime().availableProcessors(), cpu(), Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024));
        if (validateOnly) {
            // profiling aid: validate an existing bag (from --generate-only) a few times, e.g. under JFR
            TransferValidator v = TransferValidator.builder().algorithms(EnumSet.of(DigestAlgorithm.SHA256)).build();
            for (int i = 0; i < 3; i++) {
                time("Cundang full validation", () -> validate(v, bag));
            }
            return;
        }
        if (compareOnly) {
            compare(bag, aside, rounds);
            return;
        }
        try {
            long t0 = System.nanoTime();
            long bytes = generate(bag, files);
            if (generateOnly) {
                keep = true;
                return;
            }
            System.out.printf(Locale.ROOT, "generated %d files, %.2f GB in %.1f s%n", files, bytes / 1e9,
                    (System.nanoTime() - t0) / 1e9);
            double gb = bytes / 1e9;
            time("warm-up: cat payload", () -> shell(bag, "find data -type f -print0 | xargs -0 -P2 -n 500 cat > /dev/null"));
            double openssl = best("openssl dgst -sha256, 2 processes", gb,
                    () -> shell(bag, "find data -type f -print0 | xargs -0 -P2 -n 500 openssl dgst -sha256 > /dev/null"));
            double sha256sum = best("sha256sum, 2 processes", gb,
                    () -> shell(bag, "find data -type f -print0 | xargs -0 -P2 -n 500 sha256sum > /dev/null"));
            Files.move(bag.resolve("manifest-sm3.txt"), aside);
            double bagitJava = best("bagit-java 5.2.0 BagVerifier.isValid (SHA-256)", gb, () -> {
                try (BagVerifier v = new BagVerifier()) {
                    Bag b = new BagReader().read(bag);
                    v.isValid(b, false);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long build0 = System.nanoTime();
            TransferValidator sha = TransferValidator.builder().algorithms(EnumSet.of(DigestAlgorithm.SHA256)).build();
            System.out.printf(Locale.ROOT, "validator built in %.2f s (Hibernate Validator bootstrap, schedules)%n",
                    (System.nanoTime() - build0) / 1e9);
            double cundangSha = best("Cundang full validation, SHA-256 manifest", gb, () -> validate(sha, bag));
            Files.move(aside, bag.resolve("manifest-sm3.txt"));
            TransferValidator both = TransferValidator.builder().build();
            double cundangBoth = best("Cundang full validation, SHA-256 + SM3 manifests", gb,
                    () -> validate(both, bag));
            double sm3One = sm3Limit(1);
            double sm3Two = sm3Limit(2);
            System.out.printf(Locale.ROOT, "BouncyCastle SM3 in memory: %.0f MB/s on 1 thread, %.0f MB/s on 2 threads%n",
                    sm3One, sm3Two);
            System.out.println("---- summary ----");
            System.out.printf(Locale.ROOT, "payload %.2f GB, %d files of %d bytes%n", gb, files, FILE_BYTES);
            System.out.printf(Locale.ROOT, "openssl 2 proc %.2f s | sha256sum 2 proc %.2f s | bagit-java %.2f s%n",
                    openssl, sha256sum, bagitJava);
            System.out.printf(Locale.ROOT, "Cundang SHA-256 %.2f s = %.2f x openssl, %.2f x faster than bagit-java%n",
                    cundangSha, cundangSha / openssl, bagitJava / cundangSha);
            double mbps = bytes / 1e6 / cundangBoth;
            System.out.printf(Locale.ROOT, "Cundang SHA-256+SM3 %.2f s = %.0f MB/s = %.0f %% of the 2-thread SM3 limit"
                    + " (%.0f %% of 2 x the 1-thread limit)%n", cundangBoth, mbps, 100 * mbps / sm3Two,
                    100 * mbps / (2 * sm3One));
        } finally {
            if (Files.exists(aside)) {
                Files.move(aside, bag.resolve("manifest-sm3.txt"), StandardCopyOption.REPLACE_EXISTING);
            }
            if (!keep) {
                delete(dir);
            }
        }
    }

    /**
     * On an existing bag (from {@code --generate-only}): {@code rounds} rounds, each timing openssl (2 processes),
     * bagit-java and Cundang (SHA-256 manifest only) one after the other, so that each round sees the same load on a
     * shared machine; prints every round, the best of each and the ratios, and the load average before and after.
     */
    private static void compare(Path bag, Path aside, int rounds) throws Exception {
        double gb;
        try (var files = Files.walk(bag.resolve("data"))) {
            gb = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() / 1e9;
        }
        System.out.println("load average before: " + Files.readString(Path.of("/proc/loadavg")).strip());
        time("warm-up: cat payload", () -> shell(bag, "find data -type f -print0 | xargs -0 -P2 -n 500 cat > /dev/null"));
        Files.move(bag.resolve("manifest-sm3.txt"), aside);
        try {
            TransferValidator sha = TransferValidator.builder().algorithms(EnumSet.of(DigestAlgorithm.SHA256)).build();
            double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            double[] cpu = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            for (int i = 0; i < rounds; i++) {
                double[] oc = {0};
                double o = time("round " + (i + 1) + ": openssl dgst -sha256, 2 processes", () -> oc[0] = shellCpu(bag,
                        "find data -type f -print0 | xargs -0 -P2 -n 500 openssl dgst -sha256 > /dev/null"));
                double c0 = processCpu();
                double b = time("round " + (i + 1) + ": bagit-java BagVerifier.isValid", () -> {
                    try (BagVerifier v = new BagVerifier()) {
                        v.isValid(new BagReader().read(bag), false);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                double c1 = processCpu();
                double c = time("round " + (i + 1) + ": Cundang full validation, SHA-256", () -> validate(sha, bag));
                double c2 = processCpu();
                double h = time("round " + (i + 1) + ": Java SHA-256 only (walk + hash, 2 threads, no check)",
                        () -> hashOnly(bag.resolve("data")));
                double c3 = processCpu();
                System.out.printf(Locale.ROOT, "  round %d CPU (user+sys): openssl %.2f s, bagit-java %.2f s, Cundang"
                        + " %.2f s, SHA-256 only %.2f s (JVM: includes JIT and GC threads)%n", i + 1, oc[0], c1 - c0,
                        c2 - c1, c3 - c2);
                cpu[3] = Math.min(cpu[3], c3 - c2);
                best[3] = Math.min(best[3], h);
                cpu[0] = Math.min(cpu[0], oc[0]);
                cpu[1] = Math.min(cpu[1], c1 - c0);
                cpu[2] = Math.min(cpu[2], c2 - c1);
                best[0] = Math.min(best[0], o);
                best[1] = Math.min(best[1], b);
                best[2] = Math.min(best[2], c);
                System.out.printf(Locale.ROOT, "  round %d: Cundang = %.2f x openssl, %.2f x faster than bagit-java%n",
                        i + 1, c / o, b / c);
            }
            System.out.println("load average after: " + Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.printf(Locale.ROOT, "best of %d (%.2f GB): openssl %.2f s | bagit-java %.2f s | Cundang %.2f s"
                    + " = %.2f x openssl, %.2f x faster than bagit-java%n", rounds, gb, best[0], best[1], best[2],
                    best[2] / best[0], best[1] / best[2]);
            System.out.printf(Locale.ROOT, "least CPU of %d: openssl %.2f s | bagit-java %.2f s | Cundang %.2f s"
                    + " = %.2f x openssl, %.2f x less than bagit-java%n", rounds, cpu[0], cpu[1], cpu[2],
                    cpu[2] / cpu[0], cpu[1] / cpu[2]);
            System.out.printf(Locale.ROOT, "floor: Java SHA-256 only %.2f s (best), %.2f s CPU = %.2f x openssl, %.2f x"
                    + " faster than bagit-java; Cundang's checks beyond hashing add %.0f %% to it%n", best[3], cpu[3],
                    best[3] / best[0], best[1] / best[3], 100 * (best[2] / best[3] - 1));
        } finally {
            Files.move(aside, bag.resolve("manifest-sm3.txt"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The floor for any Java validator on this bag: walk the payload and SHA-256 every file on 2 threads, reading as
     * the fixity engine does (one {@code FileChannel}, a 512 KiB heap buffer), checking nothing.
     */
    private static void hashOnly(Path data) {
        List<Path> files = new ArrayList<>();
        try (var s = Files.walk(data)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                ByteBuffer buf = ByteBuffer.allocate(512 * 1024);
                for (int k = next.getAndIncrement(); k < files.size(); k = next.getAndIncrement()) {
                    try (FileChannel ch = FileChannel.open(files.get(k))) {
                        while (true) {
                            buf.clear();
                            int r = ch.read(buf);
                            if (r < 0) {
                                break;
                            }
                            md.update(buf.array(), 0, r);
                        }
                    }
                    md.digest();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Thread other = new Thread(worker);
        other.start();
        worker.run();
        try {
            other.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void validate(TransferValidator v, Path bag) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        TransferReport r = v.validate(bag);
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        Map<Outcome, Long> s = r.summary();
        System.out.printf(Locale.ROOT, "    %s; MUST failure: %s; peak heap %.0f MB%n", s, r.hasMustFailure(),
                peak / 1e6);
        r.results().stream().filter(x -> x.outcome() == Outcome.FAIL).limit(3)
                .map(CheckResult::toString).forEach(x -> System.out.println("    " + x));
    }

    private static double best(String name, double gb, Runnable task) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            best = Math.min(best, time(name, task));
        }
        System.out.printf(Locale.ROOT, "  best %.2f s = %.0f MB/s%n", best, gb * 1000 / best);
        return best;
    }

    private static double time(String name, Runnable task) {
        long t = System.nanoTime();
        task.run();
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "%-55s %7.2f s%n", name, s);
        return s;
    }

    /** This JVM's CPU time so far (user + system, all threads), in seconds. */
    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Runs a command; returns the CPU time (user + system) of its processes, from bash's {@code times}. */
    private static double shellCpu(Path cwd, String command) {
        try {
            Process p = new ProcessBuilder("bash", "-c", command + "; times").directory(cwd.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("failed: " + command);
            }
            String[] lines = out.strip().split("\n");
            double sum = 0;
            for (String t : lines[lines.length - 1].trim().split("\\s+")) {
                int m = t.indexOf('m');
                sum += Double.parseDouble(t.substring(0, m)) * 60
                        + Double.parseDouble(t.substring(m + 1, t.length() - 1));
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void shell(Path cwd, String command) {
        try {
            Process p = new ProcessBuilder("bash", "-c", command).directory(cwd.toFile()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("failed: " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SM3 throughput over an in-memory buffer (MB/s, all threads together). */
    private static double sm3Limit(int threads) throws Exception {
        byte[] buf = new byte[512 * 1024];
        new SplittableRandom(1).nextBytes(buf);
        int rounds = 512;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int warm = 0; warm < 2; warm++) {
                long t = System.nanoTime();
                List<Future<?>> fs = new ArrayList<>();
                for (int k = 0; k < threads; k++) {
                    fs.add(pool.submit(() -> {
                        SM3Digest d = new SM3Digest();
                        for (int i = 0; i < rounds; i++) {
                            d.update(buf, 0, buf.length);
                        }
                        d.doFinal(new byte[32], 0);
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
                double s = (System.nanoTime() - t) / 1e9;
                if (warm == 1) {
                    return (double) threads * rounds * buf.length / 1e6 / s;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        throw new AssertionError();
    }

    // ---- generation ----

    /** Writes the bag; returns the payload bytes. */
    static long generate(Path bag, int files) throws Exception {
        if (Files.exists(bag)) {
            delete(bag);
        }
        Path data = Files.createDirectories(bag.resolve("data/files"));
        byte[] base = baseJpeg();
        StringBuilder csv = new StringBuilder("序号,档号,文号,责任者,题名,日期,密级,页数,保管期限,备注\n");
        String[] codes = new String[files];
        int firstYear = 2024 - (files - 1) / 9999;
        for (int i = 0; i < files; i++) {
            int year = firstYear + i / 9999;
            codes[i] = String.format(Locale.ROOT, "Z109-WS·%d-D10-%04d", year, i % 9999 + 1);
            csv.append(i + 1).append(',').append(codes[i]).append(",,某村村民委员会,村务公开材料第").append(i + 1)
                    .append("号,").append(year).append("0601,,1,D10,\n");
        }
        byte[] catalog = csv.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(bag.resolve("data/catalog.csv"), catalog);
        Map<String, Map<DigestAlgorithm, Digest>> digests = new TreeMap<>();
        digests.put("data/catalog.csv", MultiDigester.of(EnumSet.allOf(DigestAlgorithm.class)).digest(catalog));
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Map<String, Map<DigestAlgorithm, Digest>>>> parts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int part = k;
            parts.add(pool.submit(() -> {
                Map<String, Map<DigestAlgorithm, Digest>> m = new TreeMap<>();
                MultiDigester md = MultiDigester.of(EnumSet.allOf(DigestAlgorithm.class));
                byte[] file = base.clone();
                for (int i = part; i < files; i += threads) {
                    unique(file, i);
                    Path d = Files.createDirectories(data.resolve(codes[i]));
                    Path f = d.resolve(codes[i] + "-0001.jpg");
                    Files.write(f, file);
                    m.put("data/files/" + codes[i] + "/" + codes[i] + "-0001.jpg", md.digest(file));
                }
                return m;
            }));
        }
        for (Future<Map<String, Map<DigestAlgorithm, Digest>>> f : parts) {
            digests.putAll(f.get());
        }
        pool.shutdown();
        long bytes = (long) files * FILE_BYTES + catalog.length;
        for (DigestAlgorithm alg : DigestAlgorithm.values()) {
            StringBuilder m = new StringBuilder();
            digests.forEach((path, d) -> m.append(d.get(alg).hex()).append("  ").append(path).append('\n'));
            Files.writeString(bag.resolve("manifest-" + alg.id() + ".txt"), m);
        }
        Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        Files.writeString(bag.resolve("bag-info.txt"), "全宗号: Z109\n立档单位: 某村村民委员会\n接收单位: 某镇人民政府\n"
                + "移交批次: bench\n档案门类: WS\n起止年度: " + firstYear + "-2024\n件数: " + files + "\n页数: " + files
                + "\n移交人: 张三\n接收人: 李四\nPayload-Oxum: " + bytes + "." + (files + 1) + "\n", StandardCharsets.UTF_8);
        return bytes;
    }

    /** A 300 dpi colour JPEG padded with COM segments to exactly FILE_BYTES. */
    static byte[] baseJpeg() throws IOException {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(8, 8, 40, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        byte[] j = out.toByteArray();
        j[13] = 1;
        j[14] = 1;
        j[15] = 44;
        j[16] = 1;
        j[17] = 44;
        int app0End = 4 + (((j[4] & 0xff) << 8) | (j[5] & 0xff));
        ByteArrayOutputStream r = new ByteArrayOutputStream(FILE_BYTES);
        r.write(j, 0, app0End);
        int pad = FILE_BYTES - j.length;
        SplittableRandom rnd = new SplittableRandom(42);
        while (pad > 0) {
            int seg = Math.min(pad, 65_535 + 2);
            if (pad - seg > 0 && pad - seg < 5) {
                seg -= 5;
            }
            int payload = seg - 4;
            r.write(0xFF);
            r.write(0xFE);
            r.write((payload + 2) >> 8);
            r.write((payload + 2) & 0xff);
            byte[] p = new byte[payload];
            rnd.nextBytes(p);
            r.write(p, 0, payload);
            pad -= seg;
        }
        r.write(j, app0End, j.length - app0End);
        byte[] b = r.toByteArray();
        if (b.length != FILE_BYTES) {
            throw new IllegalStateException("padded to " + b.length);
        }
        return b;
    }

    /** Makes file i unique: its number in the first comment's first bytes. */
    static void unique(byte[] file, int i) {
        int at = 20 + 4;
        for (int k = 0; k < 8; k++) {
            file[at + k] = (byte) (i >>> (8 * (k % 4)));
        }
    }

    static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
