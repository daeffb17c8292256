package org.cundang.transfer;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link LargeCatalogueTest} (so that -Xmx256m is real): writes a plain transfer folder whose
 * catalogue has N rows (no scans), validates it with every check, and prints the outcome counts and the peak heap.
 */
public final class LargeCatalogueProbe {

    private LargeCatalogueProbe() {
    }

    /** The peak heap use over all heap pools, read by reflection (the test module does not read java.management). */
    static long peakHeap() throws ReflectiveOperationException {
        Class<?> mf = Class.forName("java.lang.management.ManagementFactory");
        Class<?> pool = Class.forName("java.lang.management.MemoryPoolMXBean");
        Class<?> usage = Class.forName("java.lang.management.MemoryUsage");
        long peak = 0;
        for (Object p : (java.util.List<?>) mf.getMethod("getMemoryPoolMXBeans").invoke(null)) {
            if (((Enum<?>) pool.getMethod("getType").invoke(p)).name().equals("HEAP")) {
                Object u = pool.getMethod("getPeakUsage").invoke(p);
                peak += (long) usage.getMethod("getUsed").invoke(u);
            }
        }
        return peak;
    }

    /**
     * Entry point.
     *
     * @param args folder, rows
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Files.createDirectories(dir.resolve("files"));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("catalog.csv"), StandardCharsets.UTF_8)) {
            w.write(Packages.HEADER);
            for (int i = 0; i < rows; i++) {
                int year = 1900 + i / 9000;
                int item = i % 9000 + 1;
                String period = (i & 1) == 0 ? "D10" : "D10";
                w.write((i + 1) + ",Z109-WS·" + year + "-" + period + "-" + String.format("%04d", item)
                        + ",,某村村民委员会,关于第" + i + "号事项的通知," + year + "0101,,1," + period + ",,"
                        + (item == 1 ? "CJ-1.1" : "") + "\n");
            }
        }
        TransferReport r = TransferValidator.builder().threads(2).build().validate(dir);
        long peak = peakHeap();
        System.out.println("items=" + r.totals().items());
        System.out.println("results=" + r.results().size());
        System.out.println("summary=" + r.summary());
        r.results().stream().filter(x -> x.outcome() != Outcome.PASS)
                .map(x -> "problem=" + x.rule() + " " + x.outcome() + " " + x.code()).distinct()
                .forEach(System.out::println);
        System.out.println("peakHeap=" + peak);
        System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
    }
}
