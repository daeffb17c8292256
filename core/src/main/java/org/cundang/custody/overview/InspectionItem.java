package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cundang.LocalizedText;
import org.cundang.schedule.Confidence;
import org.jspecify.annotations.Nullable;

/**
 * One item of an inspection scoring sheet (检查督查评分表): what it checks, its weight (points), and either the overview
 * figure that scores it automatically or none (the inspector enters the score).
 *
 * @param id          the id, 1–64 characters {@code a-z 0-9 - _ .}, not null
 * @param name        the name in Chinese and English, not null
 * @param weight      the points, greater than 0 and at most 1,000
 * @param measure     the automatic measure, or null when the inspector scores it
 * @param requirement what the item checks (the policy's wording), not null
 * @param source      where the requirement comes from, not null
 * @param confidence  how well the source is verified (DOMAIN.md tags), not null
 */
public record InspectionItem(String id, LocalizedText name, double weight, @Nullable AutoMeasure measure,
                             String requirement, String source, Confidence confidence) {

    /** The largest weight of one item. */
    public static final double MAX_WEIGHT = 1000;

    /**
     * Validates the fields.
     *
     * @throws OverviewException CD-8103 for a bad id, CD-8104 for a weight not in (0, {@value #MAX_WEIGHT}]
     */
    public InspectionItem {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(requirement, "requirement");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        check(id, weight, "-");
    }

    /** Checks an id and a weight, naming the file in the message. */
    static void check(String id, double weight, String file) {
        if (!id.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw OverviewException.of("CD-8103", file, OverviewException.shown(id),
                    "id must be 1-64 characters a-z 0-9 . _ - / 编号须为 1–64 个小写字母、数字或 . _ -");
        }
        if (!(weight > 0) || weight > MAX_WEIGHT) {
            throw OverviewException.of("CD-8104", file, id, weight + " not in (0, " + (int) MAX_WEIGHT + "]");
        }
    }

    /** Whether the item is scored from the overview figures. */
    public boolean automatic() {
        return measure != null;
    }

    /** The automatic measure, if any. */
    public Optional<AutoMeasure> autoMeasure() {
        return Optional.ofNullable(measure);
    }
}
