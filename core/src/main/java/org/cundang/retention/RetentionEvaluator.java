package org.cundang.retention;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cundang.Finding;
import org.cundang.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates retention: for a {@link RetentionItem} and a date, the start of counting, the expiry date and the
 * {@link RetentionStatus} (DOMAIN.md decisions 2 and 3; {@code docs/retention.md}).
 *
 * <p>The rules, in order:
 * <ol>
 *   <li><b>Start.</b> {@link RetentionTrigger#accountingYearEnd()}: the day after the accounting year ends
 *       (令第79号 第十四条, V); the accounting year is the item's, or the one its formation date falls in.
 *       {@link RetentionTrigger#formationYear()}: per {@link CountingRules#documentStart()} (default 1 January of
 *       the year after the formation year; practice, R); an item with only an accounting year is taken as formed
 *       in that year. {@link RetentionTrigger.Kind#EVENT}: the event date plus the offset.</li>
 *   <li><b>Events.</b> A period counted from an event (固定资产报废清理后保管5年) starts as if the item had been formed
 *       on the event date, under its trigger: with the accounting trigger, the day after the accounting year in
 *       which the event occurred ends. Until the event is recorded (with a date on or before the as-of date) the
 *       item is {@link RetentionStatus#AWAITING_EVENT}.</li>
 *   <li><b>Expiry.</b> The day before the anniversary of the start {@code n} years later; an item is retained
 *       through that day and {@link RetentionStatus#DUE_FOR_APPRAISAL} from the next. A start on 29 February
 *       reaches its anniversary on 1 March in common years (the full {@code n} years must pass; periods are
 *       minimums), so it expires on 28 February.</li>
 *   <li><b>Holds.</b> A hold active on the as-of date makes the status {@link RetentionStatus#ON_HOLD}, over
 *       RETAINED, DUE_FOR_APPRAISAL and AWAITING_EVENT (start and expiry are still given). A 永久 item stays
 *       {@link RetentionStatus#PERMANENT}; the hold is reported as a finding (CD-2040).</li>
 * </ol>
 *
 * <p>The common path allocates only the assessment and its dates: no streams, regular expressions or
 * exceptions. Immutable and thread-safe.
 */
public final class RetentionEvaluator {

    private final Clock clock;
    private final CountingRules rules;

    private RetentionEvaluator(Clock clock, CountingRules rules) {
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * An evaluator with the default {@link CountingRules}.
     *
     * @param clock the clock that gives "today" for {@link #evaluate(RetentionItem)}, not null
     * @return the evaluator
     */
    public static RetentionEvaluator of(Clock clock) {
        return new RetentionEvaluator(requireNonNull(clock, "clock"), CountingRules.defaults());
    }

    /**
     * An evaluator with explicit counting rules.
     *
     * @param clock the clock, not null
     * @param rules the counting rules, not null
     * @return the evaluator
     */
    public static RetentionEvaluator of(Clock clock, CountingRules rules) {
        return new RetentionEvaluator(requireNonNull(clock, "clock"), requireNonNull(rules, "rules"));
    }

    /** The counting rules. */
    public CountingRules rules() {
        return rules;
    }

    /**
     * Evaluates an item as of today (by the clock, in its zone).
     *
     * @param item the item, not null
     * @return the assessment
     */
    public RetentionAssessment evaluate(RetentionItem item) {
        return evaluate(item, LocalDate.now(clock));
    }

    /**
     * Evaluates an item as of a date.
     *
     * @param item the item, not null
     * @param asOf the date, not null
     * @return the assessment
     */
    public RetentionAssessment evaluate(RetentionItem item, LocalDate asOf) {
        requireNonNull(item, "item");
        requireNonNull(asOf, "asOf");
        RetentionRule rule = item.rule();
        RetentionHold hold = activeHold(item.holdArray, asOf);
        List<Finding> findings = List.of();

        LocalDate eventDate = null;
        String awaited = item.awaitedEvent;
        if (awaited != null) {
            eventDate = item.eventOrNull(awaited);
            if (eventDate != null && eventDate.isAfter(asOf)) {
                eventDate = null; // recorded for a later day: not yet occurred as of asOf
            }
            if (eventDate == null) {
                RetentionStatus s = item.kind == RetentionPeriod.Kind.PERMANENT ? RetentionStatus.PERMANENT
                        : hold != null ? RetentionStatus.ON_HOLD : RetentionStatus.AWAITING_EVENT;
                if (s == RetentionStatus.PERMANENT && hold != null) {
                    findings = List.of(Findings.holdOnPermanent(item, hold));
                }
                return new RetentionAssessment(s, rule, null, null, asOf, RetentionReason.EVENT_NOT_RECORDED,
                        s == RetentionStatus.ON_HOLD ? hold : null, findings);
            }
            LocalDate formed = item.formedOrNull();
            if (formed != null && eventDate.isBefore(formed)) {
                findings = new ArrayList<>(2);
                findings.add(Findings.eventBeforeFormation(item, awaited, eventDate, formed));
            }
        }

        LocalDate start;
        RetentionReason reason;
        RetentionTrigger trigger = rule.trigger();
        switch (trigger.kind()) {
            case EVENT:
                start = eventDate.plusDays(trigger.offsetDays());
                reason = RetentionReason.COUNTED_FROM_EVENT;
                break;
            case ACCOUNTING_YEAR_END: {
                int year;
                if (eventDate != null) {
                    year = rules.accountingYearOf(eventDate);
                    reason = RetentionReason.COUNTED_FROM_EVENT;
                } else {
                    year = item.accountingYearOrZero();
                    if (year == 0) {
                        year = rules.accountingYearOf(item.formedOrNull());
                    }
                    reason = RetentionReason.COUNTED_FROM_ACCOUNTING_YEAR_END;
                }
                start = rules.accountingStart(year);
                break;
            }
            default: {
                LocalDate from = eventDate != null ? eventDate : item.formedOrNull();
                boolean nextYear = rules.documentStart() == CountingRules.DocumentStart.NEXT_YEAR;
                if (from == null) {
                    // Only an accounting year: taken as the formation year.
                    int y = item.accountingYearOrZero();
                    start = nextYear ? LocalDate.of(y + 1, 1, 1) : LocalDate.of(y, 1, 1);
                } else {
                    start = rules.documentStart(from);
                }
                reason = eventDate != null ? RetentionReason.COUNTED_FROM_EVENT
                        : nextYear ? RetentionReason.COUNTED_FROM_NEXT_YEAR : RetentionReason.COUNTED_FROM_FORMATION_DATE;
                break;
            }
        }

        if (item.kind == RetentionPeriod.Kind.PERMANENT) {
            if (hold != null) {
                findings = append(findings, Findings.holdOnPermanent(item, hold));
            }
            return new RetentionAssessment(RetentionStatus.PERMANENT, rule, start, null, asOf,
                    RetentionReason.PERMANENT_PERIOD, null, freeze(findings));
        }
        LocalDate expiry = expiry(start, item.years);
        boolean expired = asOf.isAfter(expiry);
        RetentionStatus status;
        if (hold != null) {
            status = RetentionStatus.ON_HOLD;
            if (expired) {
                findings = append(findings, Findings.expiredOnHold(item, expiry, hold));
            }
        } else {
            status = expired ? RetentionStatus.DUE_FOR_APPRAISAL : RetentionStatus.RETAINED;
        }
        return new RetentionAssessment(status, rule, start, expiry, asOf, reason, hold, freeze(findings));
    }

    /**
     * The last day of a period of {@code years} years that starts on {@code start}: the day before the anniversary.
     * A start on 29 February has its anniversary on 1 March in common years, so the result is 28 February.
     *
     * @param start the first day of counting, not null
     * @param years the number of years, 1 or more
     * @return the expiry date
     */
    public static LocalDate expiry(LocalDate start, int years) {
        requireNonNull(start, "start");
        if (years < 1) {
            throw RetentionException.yearOutOfRange("years", years);
        }
        int month = start.getMonthValue();
        int day = start.getDayOfMonth();
        if (month == 1 && day == 1) {
            return LocalDate.of(start.getYear() + years - 1, 12, 31);
        }
        LocalDate anniversary = start.plusYears(years);
        if (month == 2 && day == 29 && anniversary.getDayOfMonth() == 28) {
            return anniversary; // anniversary is 1 March; the day before is 28 February
        }
        return anniversary.minusDays(1);
    }

    private static @Nullable RetentionHold activeHold(RetentionHold[] holds, LocalDate asOf) {
        for (RetentionHold h : holds) {
            if (h.isActiveOn(asOf)) {
                return h;
            }
        }
        return null;
    }

    private static List<Finding> append(List<Finding> findings, Finding f) {
        if (findings.isEmpty()) {
            return List.of(f);
        }
        List<Finding> copy = new ArrayList<>(findings);
        copy.add(f);
        return copy;
    }

    private static List<Finding> freeze(List<Finding> findings) {
        return findings.size() <= 1 && !(findings instanceof ArrayList) ? findings : List.copyOf(findings);
    }

    /** The findings evaluation may add; built only off the common path. */
    private static final class Findings {
        private Findings() {
        }

        static Finding holdOnPermanent(RetentionItem item, RetentionHold hold) {
            return new Finding("CD-2040", Severity.INFO, subject(item),
                    PeriodParseException.MESSAGES.text("CD-2040", hold.reason(), hold.since().toString()),
                    Map.of("hold", hold.reason(), "since", hold.since().toString()));
        }

        static Finding expiredOnHold(RetentionItem item, LocalDate expiry, RetentionHold hold) {
            return new Finding("CD-2041", Severity.INFO, subject(item),
                    PeriodParseException.MESSAGES.text("CD-2041", expiry.toString(), hold.reason()),
                    Map.of("expiry", expiry.toString(), "hold", hold.reason()));
        }

        static Finding eventBeforeFormation(RetentionItem item, String event, LocalDate date, LocalDate formed) {
            return new Finding("CD-2042", Severity.WARNING, subject(item),
                    PeriodParseException.MESSAGES.text("CD-2042", event, date.toString(), formed.toString()),
                    Map.of("event", event, "date", date.toString(), "formed", formed.toString()));
        }

        private static String subject(RetentionItem item) {
            return item.id().or(() -> item.rule().entry()).orElse("");
        }
    }
}
