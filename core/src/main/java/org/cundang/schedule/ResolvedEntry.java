package org.cundang.schedule;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionRule;

/**
 * An entry of a resolved {@link RetentionSchedule}: the effective entry after every overlay, the layer that
 * defined it, the layer that set its period, and the layers that amended it.
 *
 * @param entry        the effective entry, not null
 * @param definedIn    the id of the layer that defined the entry, not null
 * @param periodSetBy  the id of the layer whose period applies, not null
 * @param amendedBy    the ids of the overlays that amended the entry, in order, not null (copied)
 */
public record ResolvedEntry(ScheduleEntry entry, String definedIn, String periodSetBy, List<String> amendedBy) {

    /** Validates and copies the fields. */
    public ResolvedEntry {
        requireNonNull(entry, "entry");
        requireNonNull(definedIn, "definedIn");
        requireNonNull(periodSetBy, "periodSetBy");
        amendedBy = List.copyOf(requireNonNull(amendedBy, "amendedBy"));
    }

    /** The entry id. */
    public String id() {
        return entry.id();
    }

    /** The Chinese title. */
    public String title() {
        return entry.title();
    }

    /** The effective period. */
    public RetentionPeriod period() {
        return entry.period();
    }

    /** The rule for retention evaluation. */
    public RetentionRule rule() {
        return entry.rule();
    }
}
