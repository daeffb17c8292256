package org.cundang.internal.json;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A schedule file as read, fields typed but not yet validated against the domain (null where absent).
 *
 * @param schemaVersion the schema version
 * @param id            the layer id
 * @param title         the title
 * @param version       the layer's version
 * @param level         the issuing level name
 * @param issuer        the issuing body
 * @param source        the source of the content
 * @param provisional   the provisional flag
 * @param example       the example flag
 * @param base          the base layer id of an overlay
 * @param defaults      the defaults for entries
 * @param entries       the entries
 * @param amendments    the amendments
 */
public record ScheduleFileJson(@Nullable Integer schemaVersion, @Nullable String id, @Nullable String title,
                               @Nullable String version, @Nullable String level, @Nullable String issuer,
                               @Nullable String source, @Nullable Boolean provisional, @Nullable Boolean example,
                               @Nullable String base, ScheduleEntryJson defaults, List<ScheduleEntryJson> entries,
                               List<ScheduleEntryJson> amendments) {
}
