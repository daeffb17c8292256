package org.cundang.transfer;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One result of one check on one subject (a file, an entry, the bag).
 *
 * @param rule    the rule, not null
 * @param subject what it is about (a path, a 档号, {@code "bag"}), not null
 * @param outcome the outcome, not null
 * @param code    the CD code of the finding ({@code docs/errors.md}), or null for a pass
 * @param message the message in both languages; for NOT_RUN the reason, not null
 * @param details machine-readable details, not null; copied
 */
public record CheckResult(TransferRule rule, String subject, Outcome outcome, @Nullable String code,
                          LocalizedText message, Map<String, String> details) {

    /** Validates and copies. */
    public CheckResult {
        requireNonNull(rule, "rule");
        requireNonNull(subject, "subject");
        requireNonNull(outcome, "outcome");
        requireNonNull(message, "message");
        requireNonNull(details, "details");
        if (outcome != Outcome.PASS && code == null) {
            throw new IllegalArgumentException("a " + outcome + " result needs a code");
        }
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * A pass.
     *
     * @param rule    the rule, not null
     * @param subject the subject, not null
     * @param message what was checked, not null
     * @return the result
     */
    public static CheckResult pass(TransferRule rule, String subject, LocalizedText message) {
        return new CheckResult(rule, subject, Outcome.PASS, null, message, Map.of());
    }

    /**
     * A result from a finding.
     *
     * @param rule    the rule, not null
     * @param outcome FAIL, WARN or NOT_RUN, not null
     * @param finding the finding, not null
     * @return the result
     */
    public static CheckResult of(TransferRule rule, Outcome outcome, Finding finding) {
        requireNonNull(finding, "finding");
        Map<String, String> d = new LinkedHashMap<>();
        finding.details().forEach((k, v) -> d.put(k, String.valueOf(v)));
        return new CheckResult(rule, finding.subject(), outcome, finding.code(), finding.message(), d);
    }

    /** Whether this is a failure of a MUST rule. */
    public boolean isMustFailure() {
        return outcome == Outcome.FAIL && rule.level() == RuleLevel.MUST;
    }
}
