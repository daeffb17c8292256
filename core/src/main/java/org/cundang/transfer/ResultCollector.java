package org.cundang.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cundang.internal.bagit.TransferMessages;

/**
 * Collects a check's results and keeps at most {@link #MAX_PER_CODE} per (rule, code, outcome); the rest are
 * counted and summarised as one CD-4095 result each, with the same outcome, so a catalogue of a million faulty rows
 * neither fills the heap nor hides that it failed. Not thread-safe.
 */
final class ResultCollector {

    /** Results kept per rule, code and outcome. */
    static final int MAX_PER_CODE = 200;

    private final List<CheckResult> kept = new ArrayList<>();
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, CheckResult> firstDropped = new LinkedHashMap<>();

    /** Adds a result (kept or counted). */
    void add(CheckResult r) {
        String key = r.rule() + "|" + r.code() + "|" + r.outcome();
        long[] n = counts.computeIfAbsent(key, k -> new long[1]);
        if (r.outcome() == Outcome.PASS || n[0]++ < MAX_PER_CODE) {
            kept.add(r);
        } else {
            firstDropped.putIfAbsent(key, r);
        }
    }

    /** Whether any non-pass result was added. */
    boolean anyProblem() {
        return kept.stream().anyMatch(r -> r.outcome() != Outcome.PASS);
    }

    /** The kept results followed by one summary per (rule, code, outcome) that overflowed. */
    List<CheckResult> results() {
        List<CheckResult> out = new ArrayList<>(kept);
        firstDropped.forEach((key, r) -> {
            long omitted = counts.get(key)[0] - MAX_PER_CODE;
            out.add(new CheckResult(r.rule(), "bag", r.outcome(), "CD-4095",
                    TransferMessages.text("CD-4095", String.valueOf(r.code()), String.valueOf(omitted)),
                    Map.of("code", String.valueOf(r.code()), "omitted", String.valueOf(omitted))));
        });
        return out;
    }
}
