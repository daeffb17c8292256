package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cundang.internal.csv.CsvReader;

/**
 * The villages a township (or a city) answers for, in list order: a CSV file with the columns {@code 全宗号, 村名, 乡镇}
 * (English headers {@code fonds, village, township} are accepted too). Villages in the list that have nothing in the
 * store still appear in the overview, with zeros: they are the ones that matter most. Immutable.
 */
public final class VillageList {

    /** The most villages a list may hold. */
    public static final int MAX_VILLAGES = 100_000;

    private final Map<String, Village> byFonds;

    private VillageList(Map<String, Village> byFonds) {
        this.byFonds = Collections.unmodifiableMap(byFonds);
    }

    /** The empty list (every fonds in the store then shows its code). */
    public static VillageList empty() {
        return new VillageList(new LinkedHashMap<>());
    }

    /**
     * A list of villages.
     *
     * @param villages the villages, not null; each 全宗号 once
     * @return the list
     * @throws OverviewException CD-8101 when a 全宗号 is given twice
     */
    public static VillageList of(List<Village> villages) {
        requireNonNull(villages, "villages");
        Map<String, Village> m = new LinkedHashMap<>();
        int i = 0;
        for (Village v : villages) {
            i++;
            if (m.putIfAbsent(requireNonNull(v, "village").fonds(), v) != null) {
                throw OverviewException.of("CD-8101", "-", String.valueOf(i),
                        "全宗号 " + OverviewException.shown(v.fonds()) + " given twice / 重复");
            }
        }
        return new VillageList(m);
    }

    /**
     * Reads a village list CSV (UTF-8 with or without BOM, or GB18030).
     *
     * @param csv    the bytes, not null; not closed
     * @param source the file name for messages, not null
     * @return the list
     * @throws OverviewException CD-8100 (unreadable, no header, no 全宗号 column), CD-8101 (a row: empty or bad
     *                           全宗号, bad name, 全宗号 twice, too many rows)
     */
    public static VillageList read(InputStream csv, String source) {
        requireNonNull(csv, "csv");
        requireNonNull(source, "source");
        List<CsvReader.Row> rows = CsvInput.rows(csv, source, reason -> OverviewException.of("CD-8100", source, reason));
        if (rows.isEmpty()) {
            throw OverviewException.of("CD-8100", source, "empty / 文件为空");
        }
        List<String> header = rows.get(0).fields();
        int fonds = CsvInput.column(header, "全宗号", "fonds");
        int name = CsvInput.column(header, "村名", "village", "name");
        int township = CsvInput.column(header, "乡镇", "township", "乡镇（街道）");
        if (fonds < 0) {
            throw OverviewException.of("CD-8100", source,
                    "no 全宗号 column in the header row / 标题行中没有“全宗号”列");
        }
        Map<String, Village> m = new LinkedHashMap<>();
        for (CsvReader.Row r : rows.subList(1, rows.size())) {
            if (m.size() >= MAX_VILLAGES) {
                throw OverviewException.of("CD-8101", source, String.valueOf(r.line()),
                        "more than " + MAX_VILLAGES + " villages / 村数过多");
            }
            Village v;
            try {
                v = new Village(CsvInput.field(r, fonds), CsvInput.field(r, name), CsvInput.field(r, township));
            } catch (OverviewException e) {
                throw OverviewException.of("CD-8101", source, String.valueOf(r.line()), e.text().en() + " / "
                        + e.text().zh());
            }
            if (m.putIfAbsent(v.fonds(), v) != null) {
                throw OverviewException.of("CD-8101", source, String.valueOf(r.line()),
                        "全宗号 " + OverviewException.shown(v.fonds()) + " given twice / 重复");
            }
        }
        return new VillageList(m);
    }

    /** The villages in list order. */
    public List<Village> villages() {
        return List.copyOf(byFonds.values());
    }

    /**
     * The village with this 全宗号.
     *
     * @param fonds the 全宗号, not null
     * @return the village, or empty
     */
    public Optional<Village> find(String fonds) {
        return Optional.ofNullable(byFonds.get(requireNonNull(fonds, "fonds")));
    }

    /**
     * The villages of one township, in list order.
     *
     * @param township the township's name, not null
     * @return the villages (empty when none)
     */
    public List<Village> inTownship(String township) {
        requireNonNull(township, "township");
        List<Village> out = new ArrayList<>();
        for (Village v : byFonds.values()) {
            if (v.township().equals(township.strip())) {
                out.add(v);
            }
        }
        return out;
    }

    /** The townships named, in order of first appearance. */
    public Set<String> townships() {
        Set<String> out = new LinkedHashSet<>();
        byFonds.values().forEach(v -> out.add(v.township()));
        return out;
    }

    /** How many villages. */
    public int size() {
        return byFonds.size();
    }
}
