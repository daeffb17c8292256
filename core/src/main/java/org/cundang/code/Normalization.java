package org.cundang.code;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link CodeNormalizer} made of a text: the code (or why there is none) and every repair it made.
 *
 * @param input   the text as given (empty for null), not null
 * @param code    the code, or null when the text could not be repaired into exactly one valid code
 * @param failure why there is no code, or null when there is one
 * @param changes every repair, in input order; empty when the input was already a valid code; not null
 */
public record Normalization(String input, @Nullable ArchivalCode code, @Nullable CodeParseException failure,
                            List<Change> changes) {

    /** Validates and copies the fields; exactly one of {@code code} and {@code failure} is set. */
    public Normalization {
        requireNonNull(input, "input");
        changes = List.copyOf(requireNonNull(changes, "changes"));
        if ((code == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of code and failure");
        }
    }

    /** Whether a valid code came out. */
    public boolean isValid() {
        return code != null;
    }

    /** Whether anything was repaired. */
    public boolean isChanged() {
        return !changes.isEmpty();
    }

    /** The code, if the text could be read. */
    public Optional<ArchivalCode> result() {
        return Optional.ofNullable(code);
    }

    /** The failure, if the text could not be read. */
    public Optional<CodeParseException> error() {
        return Optional.ofNullable(failure);
    }

    /**
     * The code, or the failure thrown.
     *
     * @return the code
     * @throws CodeParseException if the text could not be repaired
     */
    public ArchivalCode orElseThrow() {
        if (code == null) {
            throw requireNonNull(failure);
        }
        return code;
    }
}
