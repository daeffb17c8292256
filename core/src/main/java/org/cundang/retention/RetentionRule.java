package org.cundang.retention;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A period and the trigger that starts its count, optionally named after the schedule entry it comes from. A
 * schedule entry hands one out ({@code ScheduleEntry.rule()}), so retention evaluation does not depend on the
 * schedule package.
 *
 * <p>A period counted from an event ({@link RetentionPeriod.Kind#AFTER_EVENT}) and an {@link RetentionTrigger.Kind#EVENT}
 * trigger must name the same event. Immutable and thread-safe.
 *
 * @param period  the retention period, not null
 * @param trigger what starts the count, not null
 * @param entryId the id of the schedule entry this rule comes from, or null for an explicit period
 */
public record RetentionRule(RetentionPeriod period, RetentionTrigger trigger, @Nullable String entryId) {

    /**
     * Validates the fields.
     *
     * @throws RetentionException (CD-2034) if the trigger's event differs from the period's event
     */
    public RetentionRule {
        requireNonNull(period, "period");
        requireNonNull(trigger, "trigger");
        String periodEvent = period.event().orElse(null);
        String triggerEvent = trigger.eventOrNull();
        if (periodEvent != null && triggerEvent != null && !periodEvent.equals(triggerEvent)) {
            throw RetentionException.eventMismatch(triggerEvent, periodEvent);
        }
    }

    /**
     * A rule without a schedule entry.
     *
     * @param period  the period, not null
     * @param trigger the trigger, not null
     * @return the rule
     * @throws RetentionException (CD-2034) if the trigger's event differs from the period's event
     */
    public static RetentionRule of(RetentionPeriod period, RetentionTrigger trigger) {
        return new RetentionRule(period, trigger, null);
    }

    /** The schedule entry id, if the rule comes from a schedule. */
    public Optional<String> entry() {
        return Optional.ofNullable(entryId);
    }

    /**
     * The event the item must wait for: the period's event for an event-based period, otherwise the trigger's
     * event, otherwise empty.
     */
    public Optional<String> awaitedEvent() {
        return Optional.ofNullable(awaitedEventOrNull());
    }

    @Nullable String awaitedEventOrNull() {
        String e = period.event().orElse(null);
        return e != null ? e : trigger.eventOrNull();
    }
}
