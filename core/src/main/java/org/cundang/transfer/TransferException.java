package org.cundang.transfer;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The input cannot be read as a transfer at all, a bag cannot be written, or a run was cancelled (codes CD-4010 to
 * CD-4013, {@code docs/errors.md}). Everything else a validation finds is a {@link CheckResult}, not an exception.
 */
public final class TransferException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    TransferException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }
}
