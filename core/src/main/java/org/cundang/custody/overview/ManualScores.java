package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cundang.internal.csv.CsvReader;
import org.cundang.internal.json.InspectionJson;

/**
 * The scores an inspector entered for the items a sheet does not score automatically: per village (全宗号) and item,
 * the points and a note. Read from CSV ({@code 全宗号,项目,得分[,说明]}; English headers {@code fonds,item,score,note})
 * or JSON ({@code {"scores":[{"fonds":…,"item":…,"score":…,"note":…}]}}), checked against the sheet. Immutable.
 */
public final class ManualScores {

    /**
     * One entered score.
     *
     * @param fonds the village's 全宗号, not null
     * @param item  the item id, not null
     * @param score the points, 0 to the item's weight
     * @param note  the inspector's note, not null (may be empty)
     * @param where where it was read ("line 3", "scores[2]"), not null
     */
    public record Entry(String fonds, String item, double score, String note, String where) {

        /** Validates the fields. */
        public Entry {
            requireNonNull(fonds, "fonds");
            requireNonNull(item, "item");
            requireNonNull(note, "note");
            requireNonNull(where, "where");
        }
    }

    private final Map<String, Entry> byKey;

    private ManualScores(Map<String, Entry> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    /** No entered score. */
    public static ManualScores none() {
        return new ManualScores(new LinkedHashMap<>());
    }

    /**
     * Scores checked against a sheet.
     *
     * @param sheet   the sheet, not null
     * @param entries the scores, not null
     * @param source  the file name for messages, not null
     * @return the scores
     * @throws OverviewException CD-8105 (a village and item scored twice, a bad value), CD-8106 (a score outside
     *                           0..weight), CD-8107 (an item not on the sheet), CD-8116 (an automatic item)
     */
    public static ManualScores of(InspectionSheet sheet, List<Entry> entries, String source) {
        requireNonNull(sheet, "sheet");
        requireNonNull(entries, "entries");
        String file = OverviewException.shown(requireNonNull(source, "source"));
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : entries) {
            String fonds = Texts.problem(e.fonds(), Village.MAX_FONDS, false) == null ? e.fonds() : null;
            if (fonds == null) {
                throw OverviewException.of("CD-8105", file, e.where(), "bad 全宗号 / 全宗号有误: "
                        + OverviewException.shown(e.fonds()));
            }
            InspectionItem item = sheet.item(e.item()).orElseThrow(() ->
                    OverviewException.of("CD-8107", file, e.where(), OverviewException.shown(e.item())));
            if (item.automatic()) {
                throw OverviewException.of("CD-8116", file, e.where(), item.id());
            }
            if (!(e.score() >= 0) || e.score() > item.weight()) {
                throw OverviewException.of("CD-8106", file, e.where(), OverviewException.shown(e.fonds()), item.id(),
                        String.valueOf(e.score()), String.valueOf(item.weight()));
            }
            if (e.note().length() > 2000) {
                throw OverviewException.of("CD-8105", file, e.where(), "note longer than 2000 / 说明过长");
            }
            if (m.putIfAbsent(e.fonds() + "\u0000" + e.item(), e) != null) {
                throw OverviewException.of("CD-8105", file, e.where(), "village " + OverviewException.shown(e.fonds())
                        + " item " + item.id() + " scored twice / 重复评分");
            }
        }
        return new ManualScores(m);
    }

    /**
     * Reads a score file: JSON when it starts with an opening brace, else CSV (UTF-8 with or without BOM, or GB18030).
     *
     * @param in     the bytes, not null; not closed
     * @param source the file name for messages, not null
     * @param sheet  the sheet the scores belong to, not null
     * @return the scores
     * @throws OverviewException CD-8105 (unreadable, no header, a missing column, a score that is not a number, a
     *                           score twice), CD-8106, CD-8107, CD-8116
     */
    public static ManualScores read(InputStream in, String source, InspectionSheet sheet) {
        requireNonNull(in, "in");
        requireNonNull(source, "source");
        requireNonNull(sheet, "sheet");
        String file = OverviewException.shown(source);
        byte[] data;
        try {
            data = in.readNBytes(CsvInput.MAX_BYTES + 1);
        } catch (IOException e) {
            throw OverviewException.withCause("CD-8105", e, file, "-", "cannot be read / 无法读取");
        }
        String head = new String(data, 0, Math.min(data.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .strip();
        if (head.startsWith("{")) {
            return json(data, file, sheet);
        }
        List<CsvReader.Row> rows = CsvInput.rows(new java.io.ByteArrayInputStream(data), file,
                reason -> OverviewException.of("CD-8105", file, "-", reason));
        return csv(rows, file, sheet);
    }

    private static ManualScores json(byte[] data, String file, InspectionSheet sheet) {
        InspectionJson.Scores s;
        try {
            s = InspectionJson.readScores(new String(data, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        } catch (IllegalArgumentException e) {
            throw OverviewException.of("CD-8105", file, "-",
                    OverviewException.shown(String.valueOf(e.getMessage()).replace('\n', ' ')));
        }
        if (s.scores() == null) {
            throw OverviewException.of("CD-8105", file, "-", "no \"scores\" array / 缺少 scores 数组");
        }
        List<Entry> out = new java.util.ArrayList<>();
        int i = 0;
        for (InspectionJson.Score x : s.scores()) {
            String where = "scores[" + i++ + "]";
            if (x == null || x.fonds() == null || x.item() == null || x.score() == null) {
                throw OverviewException.of("CD-8105", file, where, "fonds, item and score are required / "
                        + "须有 fonds、item、score");
            }
            out.add(new Entry(x.fonds().strip(), x.item().strip(), x.score(), x.note() == null ? "" : x.note(),
                    where));
        }
        return of(sheet, out, file);
    }

    private static ManualScores csv(List<CsvReader.Row> rows, String file, InspectionSheet sheet) {
        if (rows.isEmpty()) {
            throw OverviewException.of("CD-8105", file, "-", "empty / 文件为空");
        }
        List<String> header = rows.get(0).fields();
        int fonds = CsvInput.column(header, "全宗号", "fonds");
        int item = CsvInput.column(header, "项目", "item");
        int score = CsvInput.column(header, "得分", "score");
        int note = CsvInput.column(header, "说明", "note");
        if (fonds < 0 || item < 0 || score < 0) {
            throw OverviewException.of("CD-8105", file, "line 1",
                    "the header needs 全宗号, 项目, 得分 (fonds, item, score) / 标题行须有 全宗号、项目、得分");
        }
        List<Entry> out = new java.util.ArrayList<>();
        for (CsvReader.Row r : rows.subList(1, rows.size())) {
            String where = "line " + r.line();
            String text = CsvInput.field(r, score);
            double v;
            try {
                v = Double.parseDouble(normalise(text));
            } catch (NumberFormatException e) {
                throw OverviewException.of("CD-8105", file, where, "score is not a number / 得分不是数字: "
                        + OverviewException.shown(text));
            }
            if (Double.isNaN(v) || Double.isInfinite(v) || !normalise(text).matches("[0-9.+-]+")) {
                throw OverviewException.of("CD-8105", file, where, "score is not a number / 得分不是数字: "
                        + OverviewException.shown(text));
            }
            out.add(new Entry(CsvInput.field(r, fonds), CsvInput.field(r, item), v, CsvInput.field(r, note), where));
        }
        return of(sheet, out, file);
    }

    /** Full-width digits and point (what a Chinese input method types) read as ASCII. */
    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.strip().toCharArray()) {
            if (c >= '\uFF10' && c <= '\uFF19') {
                b.append((char) (c - '\uFF10' + '0'));
            } else if (c == '\uFF0E') {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The score entered for a village and an item.
     *
     * @param fonds the 全宗号, not null
     * @param item  the item id, not null
     * @return the entry, or empty
     */
    public Optional<Entry> score(String fonds, String item) {
        return Optional.ofNullable(byKey.get(requireNonNull(fonds, "fonds") + "\u0000" + requireNonNull(item, "item")));
    }

    /** Every entered score, in input order. */
    public List<Entry> entries() {
        return List.copyOf(byKey.values());
    }
}
