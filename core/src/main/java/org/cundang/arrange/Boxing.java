package org.cundang.arrange;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cundang.Finding;

/**
 * What {@link Boxer#box} produced: the boxes in 档号 order and the findings.
 *
 * @param boxes    the boxes, not null, copied
 * @param findings the problems found, not null, copied
 */
public record Boxing(List<Box> boxes, List<Finding> findings) {

    /** Validates and copies the fields. */
    public Boxing {
        boxes = List.copyOf(requireNonNull(boxes, "boxes"));
        findings = List.copyOf(requireNonNull(findings, "findings"));
    }

    /** Whether an entry could not be boxed. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
