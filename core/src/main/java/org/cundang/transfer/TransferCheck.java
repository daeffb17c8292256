package org.cundang.transfer;

import java.util.List;

/**
 * A check added to a {@link TransferValidator} (for example the 档号 and retention checks). Built-in checks run
 * first; added checks run afterwards in the order added, each with the same {@link TransferContext}.
 *
 * <p>Specification for implementors: stateless or immutable, thread-safe; never throw for bad data (return FAIL or
 * NOT_RUN results with a CD code); never open files outside the context's accessors.
 */
public interface TransferCheck {

    /** The rule this check reports under (results may only use this rule). */
    TransferRule rule();

    /**
     * Runs the check.
     *
     * @param context the transfer, not null
     * @return the results, at least one (a PASS when nothing was found)
     */
    List<CheckResult> run(TransferContext context);
}
