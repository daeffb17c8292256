package org.cundang.samples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.cundang.retention.RetentionPeriod;

/**
 * A realistic synthetic village archive: 上林村 (a fictional village) of 云岭镇 (a fictional township), three years of
 * records across categories (meeting minutes, 村务公开, land contracts, homestead approvals, vouchers and annual
 * accounts, photos), with scans at plausible resolutions and a 目录 in GB18030 as Excel on a Chinese Windows saves it.
 *
 * <p>{@link #asReceived()} carries four realistic mistakes; {@link #corrected(List)} fixes them the way an
 * archivist would and says what was done. Deterministic for a seed.
 */
final class SyntheticVillage {

    static final String FONDS = "C108";
    static final String VILLAGE = "云岭镇上林村村民委员会";
    static final String TOWNSHIP = "云岭镇人民政府";
    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2025;
    static final Charset GB18030 = Charset.forName("GB18030");

    private final long seed;

    SyntheticVillage(long seed) {
        this.seed = seed;
    }

    /** A numbered item: its code and the item. */
    record Numbered(ArchivalCode code, VillageItem item) {
    }

    /** What {@link #corrected(List)} did. */
    record Correction(String zh, String en) {
    }

    /** The items as the village hands them over, with four mistakes. */
    List<VillageItem> asReceived() {
        List<VillageItem> items = clean();
        List<VillageItem> out = new ArrayList<>(items.size());
        boolean shortened = false;
        boolean missing = false;
        boolean lowRes = false;
        for (VillageItem it : items) {
            VillageItem x = it;
            if (!shortened && it.entryId().equals("CJ-3.3") && it.date().getYear() == 2024) {
                x = x.withPeriod(RetentionPeriod.D30);
                shortened = true;
            } else if (!missing && it.entryId().equals("CJ-4.1") && it.date().getYear() == 2023) {
                x = x.withScanned(false);
                missing = true;
            } else if (!lowRes && it.entryId().equals("CJ-2.5") && it.date().getYear() == 2025) {
                x = x.withDpi(150);
                lowRes = true;
            }
            out.add(x);
        }
        return out;
    }

    /** The 件号 gap is made at numbering time: in this scope one number is skipped. */
    static final String GAP_SCOPE = FONDS + "-WS·2024-Y";

    /** Numbers items per scope in order of date (按时间结合事由, DA/T 22-2015 5.3.1), optionally with the gap. */
    static List<Numbered> number(List<VillageItem> items, boolean withGap) {
        CodeTemplate t = CodeTemplate.daT22();
        List<VillageItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(VillageItem::category).thenComparing(i -> i.date().getYear())
                .thenComparing(VillageItem::period, Comparator.reverseOrder()).thenComparing(VillageItem::date)
                .thenComparing(VillageItem::title));
        Map<String, Integer> next = new LinkedHashMap<>();
        List<Numbered> out = new ArrayList<>();
        for (VillageItem it : sorted) {
            ArchivalCode probe = t.builder().fonds(FONDS).category(it.category()).year(it.date().getYear())
                    .period(it.period()).item(1).build();
            String scope = probe.scope().key();
            int n = next.merge(scope, 1, Integer::sum);
            if (withGap && scope.equals(GAP_SCOPE) && n >= 3) {
                n++;
            }
            out.add(new Numbered(probe.withItem(n), it));
        }
        return out;
    }

    /** Fixes the mistakes the way an archivist would, listing each correction. */
    static List<VillageItem> corrected(List<VillageItem> received, List<Correction> done, Map<String, RetentionPeriod> minimum) {
        List<VillageItem> out = new ArrayList<>();
        for (VillageItem it : received) {
            VillageItem x = it;
            RetentionPeriod min = minimum.get(it.entryId());
            if (min != null && it.period().isShorterThan(min)) {
                x = x.withPeriod(min);
                done.add(new Correction("按保管期限表将《" + it.title() + "》的保管期限由 " + it.period().code() + " 改为 "
                        + min.code() + "，重新编号",
                        "raised the period of \"" + it.title() + "\" from " + it.period().code() + " to " + min.code()
                                + " as the schedule requires, and renumbered it"));
            }
            if (!it.scanned()) {
                x = x.withScanned(true);
                done.add(new Correction("补扫漏扫的《" + it.title() + "》", "scanned \"" + it.title() + "\", which had been missed"));
            }
            if (it.dpi() < 200) {
                x = x.withDpi(300);
                done.add(new Correction("以 300 dpi 重扫《" + it.title() + "》（原为 " + it.dpi() + " dpi）",
                        "rescanned \"" + it.title() + "\" at 300 dpi (was " + it.dpi() + " dpi)"));
            }
            out.add(x);
        }
        done.add(new Correction("重新编排件号，消除 " + GAP_SCOPE + " 中的漏号",
                "renumbered the items to close the gap in " + GAP_SCOPE));
        return out;
    }

    /** Writes {@code catalog.csv} (GB18030) and {@code files/}, scans in parallel on the given pool. */
    static void write(Path folder, List<Numbered> items, ExecutorService pool) throws IOException {
        Files.createDirectories(folder.resolve("files"));
        StringBuilder csv = new StringBuilder("序号,档号,文号,责任者,题名,日期,密级,页数,保管期限,备注,条目\r\n");
        List<Future<?>> scans = new ArrayList<>();
        int seq = 0;
        List<Numbered> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing(Numbered::code));
        for (Numbered n : ordered) {
            VillageItem it = n.item();
            String code = n.code().toString();
            csv.append(++seq).append(',').append(code).append(',').append(csvCell(it.docNo())).append(',')
                    .append(csvCell(it.responsible())).append(',').append(csvCell(it.title())).append(',')
                    .append(String.format("%04d%02d%02d", it.date().getYear(), it.date().getMonthValue(),
                            it.date().getDayOfMonth()))
                    .append(",,").append(it.pages()).append(',').append(it.period().code()).append(",,")
                    .append(it.entryId()).append("\r\n");
            if (!it.scanned()) {
                continue;
            }
            long s = code.hashCode();
            scans.add(pool.submit(() -> {
                try {
                    if (it.pdf()) {
                        ScanWriter.writePdf(folder.resolve("files").resolve(code + ".pdf"), s, it.pages(), it.dpi(),
                                it.colour());
                    } else {
                        ScanWriter.writeJpegPages(folder.resolve("files").resolve(code), code, s, it.pages(), it.dpi(),
                                it.colour());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }));
        }
        Files.write(folder.resolve("catalog.csv"), csv.toString().getBytes(GB18030));
        for (Future<?> f : scans) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("writing a scan failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    static ExecutorService pool() {
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "cundang-demo-scan");
            t.setDaemon(true);
            return t;
        });
    }

    private static String csvCell(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private List<VillageItem> clean() {
        Random r = new Random(seed);
        List<VillageItem> items = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            String cn = y + "年";
            items.add(ws("CJ-2.3", RetentionPeriod.PERMANENT, cn + "第一季度村民代表会议记录", date(y, 3, r), 4, true, false, 200));
            items.add(ws("CJ-2.3", RetentionPeriod.PERMANENT, cn + "第三季度村民代表会议记录", date(y, 9, r), 3, true, false, 200));
            items.add(ws("CJ-1.1", RetentionPeriod.PERMANENT, cn + "村党支部委员会会议纪要", date(y, 5, r), 3, true, false, 200));
            items.add(ws("CJ-2.5", RetentionPeriod.D30, cn + "上半年村务公开栏公开内容", date(y, 7, r), 2, false, true, 200));
            items.add(ws("CJ-2.5", RetentionPeriod.D30, cn + "下半年村务公开栏公开内容", date(y, 12, r), 2, false, true, 200));
            items.add(ws("CJ-3.3", RetentionPeriod.PERMANENT, "关于村民宅基地使用申请的审批表（第" + (y - 2022) + "批）",
                    date(y, 4, r), 3, true, true, 300));
            items.add(ws("CJ-3.3", RetentionPeriod.PERMANENT, "关于村民宅基地使用申请的审批表（第" + (y - 2022) + "批补充）",
                    date(y, 10, r), 2, true, true, 300));
            items.add(ws("CJ-2.7", RetentionPeriod.D30, cn + "村级工作总结", date(y, 12, r), 5, true, false, 200));
            if (y < LAST_YEAR) {
                items.add(ws("CJ-3.1", RetentionPeriod.PERMANENT, cn + "集体土地承包合同（续签）", date(y, 2, r), 6, true, true, 300));
            }
            items.add(new VillageItem("CJ-4.1", "KU", RetentionPeriod.D30, cn + "1—6月会计凭证", "上林村股份经济合作社", "",
                    LocalDate.of(y, 6, 30), 6, true, false, 200, true));
            items.add(new VillageItem("CJ-4.1", "KU", RetentionPeriod.D30, cn + "7—12月会计凭证", "上林村股份经济合作社", "",
                    LocalDate.of(y, 12, 31), 6, true, false, 200, true));
            items.add(new VillageItem("CJ-4.3", "KU", RetentionPeriod.PERMANENT, cn + "度财务会计报告（决算）",
                    "上林村股份经济合作社", "", LocalDate.of(y, 12, 31), 4, true, false, 200, true));
            items.add(new VillageItem("CJ-7.1", "ZP", RetentionPeriod.PERMANENT, cn + "村文化礼堂落成活动照片", "上林村村民委员会",
                    "", date(y, 8, r), 2, false, true, 300, true));
        }
        return items;
    }

    private static VillageItem ws(String entry, RetentionPeriod p, String title, LocalDate d, int pages, boolean pdf,
                                  boolean colour, int dpi) {
        String doc = entry.startsWith("CJ-3") ? "上林村〔" + d.getYear() + "〕" + (d.getMonthValue() + 3) + "号" : "";
        return new VillageItem(entry, "WS", p, title, entry.startsWith("CJ-1") ? "中共上林村支部委员会" : "上林村村民委员会",
                doc, d, pages, pdf, colour, dpi, true);
    }

    private static LocalDate date(int y, int month, Random r) {
        return LocalDate.of(y, month, 1 + r.nextInt(27));
    }
}
