package org.cundang.transfer;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a transfer validation: every check result (never only the first failure), the totals and the
 * bag-info fields (to pre-fill the 移交接收登记表).
 *
 * @param results every result, in check order, not null
 * @param totals  the totals, not null
 * @param bagInfo the bag-info.txt fields (first value of each label, file order), not null
 */
public record TransferReport(List<CheckResult> results, TransferTotals totals, Map<String, String> bagInfo) {

    /** Copies. */
    public TransferReport {
        results = List.copyOf(requireNonNull(results, "results"));
        requireNonNull(totals, "totals");
        bagInfo = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(requireNonNull(bagInfo,
                "bagInfo")));
    }

    /** How many results have each outcome (every outcome present, zero when none). */
    public Map<Outcome, Long> summary() {
        Map<Outcome, Long> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, 0L);
        }
        results.forEach(r -> m.merge(r.outcome(), 1L, Long::sum));
        return m;
    }

    /** Whether any MUST rule failed (the CLI exits 1). */
    public boolean hasMustFailure() {
        return results.stream().anyMatch(CheckResult::isMustFailure);
    }

    /**
     * The results of one rule.
     *
     * @param rule the rule, not null
     * @return its results
     */
    public List<CheckResult> results(TransferRule rule) {
        requireNonNull(rule, "rule");
        return results.stream().filter(r -> r.rule() == rule).toList();
    }
}
