package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cundang.LocalizedText;
import org.cundang.internal.json.InspectionJson;
import org.cundang.internal.json.RoomProfileJson;
import org.cundang.schedule.Confidence;
import org.jspecify.annotations.Nullable;

/**
 * An inspection scoring sheet (检查督查评分表): items with weights that add up to the sheet's maximum score, some
 * scored from the overview figures, the others by the inspector. The policy makes the inspection result an important
 * basis of the annual assessment (瑞安 实施意见 五（三）, S) but publishes no sheet: the items and weights are data.
 * {@link #defaults()} is an example built from the policy's requirements (its items S, its weights R), marked as
 * such. Immutable.
 *
 * @param id         the sheet's id, not null
 * @param title      the title, not null
 * @param source     where the requirements come from, not null
 * @param confidence how well that source is verified, not null
 * @param example    whether the sheet is an example (not an official one)
 * @param maxScore   the total of the weights, greater than 0
 * @param note       a note shown with the results, not null (may be empty)
 * @param items      the items, not null, not empty, distinct ids
 */
public record InspectionSheet(String id, LocalizedText title, String source, Confidence confidence, boolean example,
                              double maxScore, String note, List<InspectionItem> items) {

    private static final String DEFAULT_FILE = "inspection-sheet-ruian.json";
    /** The largest sheet file read. */
    public static final int MAX_BYTES = 1 << 20;
    /** The most items a sheet may have. */
    public static final int MAX_ITEMS = 200;

    /**
     * Validates and copies the fields.
     *
     * @throws OverviewException CD-8103 (no items, too many, an id twice), CD-8104 (the weights do not add up to the
     *                           maximum score)
     */
    public InspectionSheet {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        requireNonNull(note, "note");
        items = List.copyOf(requireNonNull(items, "items"));
        check(items, maxScore, "-");
    }

    /** Checks the items and the weights, naming the file in the message. */
    static void check(List<InspectionItem> items, double maxScore, String file) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw OverviewException.of("CD-8103", file, "-", "1 to " + MAX_ITEMS + " items / 须有 1 至 " + MAX_ITEMS
                    + " 个项目");
        }
        Set<String> ids = new HashSet<>();
        double sum = 0;
        for (InspectionItem i : items) {
            if (!ids.add(i.id())) {
                throw OverviewException.of("CD-8103", file, i.id(), "id given twice / 编号重复");
            }
            sum += i.weight();
        }
        if (!(maxScore > 0) || maxScore > MAX_ITEMS * InspectionItem.MAX_WEIGHT || Math.abs(sum - maxScore) > 1e-6) {
            throw OverviewException.of("CD-8104", file, "-", String.format(Locale.ROOT,
                    "the weights add up to %s, the sheet's maxScore is %s / 分值合计与满分不一致", fmt(sum), fmt(maxScore)));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The shipped example sheet (瑞安 policy requirements, example weights). */
    public static InspectionSheet defaults() {
        try (InputStream in = InspectionSheet.class.getResourceAsStream(DEFAULT_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + DEFAULT_FILE);
            }
            return read(in, DEFAULT_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a sheet (the shape of the shipped one, docs/overview.md).
     *
     * @param json   the JSON, UTF-8, not null; not closed
     * @param source the file name for messages, not null
     * @return the sheet
     * @throws OverviewException CD-8103 naming the file, the item and the reason (not JSON, unknown or missing field,
     *                           bad id, bad measure, bad confidence, an id twice); CD-8104 for a bad weight or
     *                           weights that do not add up to {@code maxScore}
     */
    public static InspectionSheet read(InputStream json, String source) {
        requireNonNull(json, "json");
        requireNonNull(source, "source");
        String file = OverviewException.shown(source);
        byte[] data;
        try {
            data = json.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw OverviewException.withCause("CD-8103", e, file, "-", "cannot be read / 无法读取");
        }
        if (data.length > MAX_BYTES) {
            throw OverviewException.of("CD-8103", file, "-", "larger than 1 MiB / 超过 1 MiB");
        }
        InspectionJson.Sheet s;
        try {
            s = InspectionJson.readSheet(new String(data, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw OverviewException.of("CD-8103", file, "-",
                    OverviewException.shown(String.valueOf(e.getMessage()).replace('\n', ' ')));
        }
        if (s.schemaVersion() == null || s.schemaVersion() != 1) {
            throw OverviewException.of("CD-8103", file, "-", "schemaVersion must be 1 / schemaVersion 应为 1");
        }
        List<InspectionItem> items = new ArrayList<>();
        List<InspectionJson.Item> raw = s.items() == null ? List.of() : s.items();
        int n = 0;
        for (InspectionJson.Item i : raw) {
            n++;
            String where = i == null || i.id() == null ? "#" + n : OverviewException.shown(i.id());
            if (i == null) {
                throw OverviewException.of("CD-8103", file, where, "null item / 项目为空");
            }
            if (i.weight() == null) {
                throw OverviewException.of("CD-8104", file, where, "missing / 缺少 weight");
            }
            AutoMeasure m = null;
            if (i.measure() != null) {
                try {
                    m = AutoMeasure.valueOf(i.measure().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw OverviewException.of("CD-8103", file, where, "unknown measure / 未知的自动评分指标 "
                            + OverviewException.shown(i.measure()));
                }
            }
            String id = required(i.id(), "id", file, where);
            InspectionItem.check(id, i.weight(), file);
            items.add(new InspectionItem(id, text(i.name(), "name", file, where), i.weight(), m,
                    required(i.requirement(), "requirement", file, where), required(i.source(), "source", file, where),
                    confidence(i.confidence(), file, where)));
        }
        double max = s.maxScore() == null ? 100 : s.maxScore();
        check(items, max, file);
        return new InspectionSheet(required(s.id(), "id", file, "-"), text(s.title(), "title", file, "-"),
                required(s.source(), "source", file, "-"), confidence(s.confidence(), file, "-"),
                s.example() == null || s.example(), max, s.note() == null ? "" : s.note(), items);
    }

    private static String required(@Nullable String v, String field, String file, String where) {
        if (v == null || v.isBlank()) {
            throw OverviewException.of("CD-8103", file, where, "missing / 缺少 " + field);
        }
        return v;
    }

    private static LocalizedText text(RoomProfileJson.@Nullable Text t, String field, String file, String where) {
        if (t == null) {
            throw OverviewException.of("CD-8103", file, where, "missing / 缺少 " + field);
        }
        return new LocalizedText(required(t.zh(), field + ".zh", file, where), required(t.en(), field + ".en", file,
                where));
    }

    private static Confidence confidence(@Nullable String tag, String file, String where) {
        String t = required(tag, "confidence", file, where).strip();
        return switch (t) {
            case "V" -> Confidence.VERIFIED;
            case "S" -> Confidence.SECONDARY;
            case "R" -> Confidence.RECALLED;
            default -> throw OverviewException.of("CD-8103", file, where, "confidence must be V, S or R / "
                    + "confidence 应为 V、S 或 R");
        };
    }

    /**
     * The item with this id.
     *
     * @param itemId the id, not null
     * @return the item, or empty
     */
    public Optional<InspectionItem> item(String itemId) {
        requireNonNull(itemId, "itemId");
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
