package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cundang.Finding;

/**
 * The result of a store's fixity audit and audit-chain verification: how much was checked, and every problem found
 * (a missing blob CD-5040, an altered blob CD-5041, an unreadable or altered item record CD-5042, a broken audit
 * chain CD-5050..CD-5053). Never stops at the first problem (STYLE.md 11).
 *
 * @param items    how many items were checked
 * @param blobs    how many stored blobs were checked
 * @param events   how many audit events were checked
 * @param findings every problem, not null
 */
public record VerificationReport(long items, long blobs, long events, List<Finding> findings) {

    /** Validates and copies the fields. */
    public VerificationReport {
        findings = List.copyOf(requireNonNull(findings, "findings"));
    }

    /** Whether nothing is wrong. */
    public boolean ok() {
        return findings.stream().noneMatch(Finding::isError);
    }
}
