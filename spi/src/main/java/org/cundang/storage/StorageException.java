package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.jspecify.annotations.Nullable;

/**
 * A storage failure, with a permanent code CD-5001..CD-5199 ({@code docs/errors.md}): no or several providers for a
 * URI, an unknown 档号 or digest, a refused transfer, a value too long, a closed or read-only store, an I/O error of
 * the adapter (wrapped with its cause, STYLE.md 4). Unchecked.
 */
public class StorageException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    static final MessageCatalog MESSAGES = MessageCatalog.load(StorageException.class, "storage");

    /**
     * Creates the exception.
     *
     * @param code  the permanent code, not null
     * @param text  the message, not null
     * @param cause the cause, or null
     */
    protected StorageException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }

    /**
     * An exception with a message from the {@code storage} catalogue of this module.
     *
     * @param code the code (a key of the {@code storage} catalogue), not null
     * @param args the message arguments (pass numbers as strings)
     * @return the exception
     */
    public static StorageException of(String code, Object... args) {
        return new StorageException(requireNonNull(code, "code"), MESSAGES.text(code, args), null);
    }

    /**
     * An exception with a message from the {@code storage} catalogue and a cause.
     *
     * @param cause the cause (for example an {@code IOException}), not null
     * @param code  the code, not null
     * @param args  the message arguments
     * @return the exception
     */
    public static StorageException wrap(Throwable cause, String code, Object... args) {
        return new StorageException(requireNonNull(code, "code"), MESSAGES.text(code, args),
                requireNonNull(cause, "cause"));
    }

    /**
     * An exception with a message from an adapter's own catalogue, for adapters.
     *
     * @param code  the code, not null
     * @param text  the message, not null
     * @param cause the cause (for example an {@code IOException}), or null
     * @return the exception
     */
    public static StorageException of(String code, LocalizedText text, @Nullable Throwable cause) {
        return new StorageException(code, text, cause);
    }

    /**
     * Shortens a value for a message: at most 80 code points, control characters escaped.
     *
     * @param s the value, not null
     * @return the printable value
     */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return s.codePointCount(0, s.length()) > 80 ? b + "…" : b.toString();
    }
}
