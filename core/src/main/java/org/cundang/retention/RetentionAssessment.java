package org.cundang.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of evaluating one {@link RetentionItem} on a date: where counting started, the last day the item is
 * retained (its expiry date), its {@link RetentionStatus}, the period applied, why, and any findings.
 *
 * <p>An item is retained <em>through</em> its expiry date and due for appraisal (鉴定) from the next day
 * ({@link #dueFrom()}). Immutable and thread-safe; produced by {@link RetentionEvaluator}.
 */
public final class RetentionAssessment {

    private final RetentionStatus status;
    private final RetentionRule rule;
    private final @Nullable LocalDate start;
    private final @Nullable LocalDate expiry;
    private final LocalDate asOf;
    private final RetentionReason reason;
    private final @Nullable RetentionHold hold;
    private final List<Finding> findings;

    RetentionAssessment(RetentionStatus status, RetentionRule rule, @Nullable LocalDate start,
                        @Nullable LocalDate expiry, LocalDate asOf, RetentionReason reason,
                        @Nullable RetentionHold hold, List<Finding> findings) {
        this.status = status;
        this.rule = rule;
        this.start = start;
        this.expiry = expiry;
        this.asOf = asOf;
        this.reason = reason;
        this.hold = hold;
        this.findings = findings;
    }

    /** The status on the as-of date. */
    public RetentionStatus status() {
        return status;
    }

    /** The period applied. */
    public RetentionPeriod period() {
        return rule.period();
    }

    /** The rule applied (period, trigger, schedule entry id). */
    public RetentionRule rule() {
        return rule;
    }

    /** The first day of counting; empty while the item waits for its event. */
    public Optional<LocalDate> start() {
        return Optional.ofNullable(start);
    }

    /** The last day the item is retained; empty for 永久 and while the item waits for its event. */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expiry);
    }

    /** The first day the item is due for appraisal (the day after {@link #expiry()}); empty when there is none. */
    public Optional<LocalDate> dueFrom() {
        return expiry == null ? Optional.empty() : Optional.of(expiry.plusDays(1));
    }

    /** The date the status refers to. */
    public LocalDate asOf() {
        return asOf;
    }

    /** How the count started, or why it has not. */
    public RetentionReason reason() {
        return reason;
    }

    /** The hold that is active on the as-of date, if any (set whenever the status is {@link RetentionStatus#ON_HOLD}). */
    public Optional<RetentionHold> activeHold() {
        return Optional.ofNullable(hold);
    }

    /** Findings about the item (empty in the common case); unmodifiable. */
    public List<Finding> findings() {
        return findings;
    }

    /** The reason, in Chinese and English, with the period, dates and event filled in. */
    public LocalizedText reasonText() {
        RetentionPeriod p = rule.period();
        String event = rule.awaitedEvent().orElse("");
        String from = start == null ? "" : start.toString();
        String to = expiry == null ? "" : expiry.toString();
        LocalizedText base = PeriodParseException.MESSAGES.text("reason." + reason.name(), p.label(), p.labelEn(),
                from, to, event);
        if (hold == null || status != RetentionStatus.ON_HOLD) {
            return base;
        }
        LocalizedText h = PeriodParseException.MESSAGES.text("reason.ON_HOLD", hold.reason(), hold.since().toString());
        return new LocalizedText(base.zh() + h.zh(), base.en() + " " + h.en());
    }

    @Override
    public String toString() {
        return "RetentionAssessment[" + status + ", period=" + rule.period() + ", start=" + start + ", expiry="
                + expiry + ", asOf=" + asOf + ", reason=" + reason + (hold == null ? "" : ", hold=" + hold)
                + (findings.isEmpty() ? "" : ", findings=" + findings.size()) + "]";
    }
}
