package org.cundang;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The root of every exception Cundang throws. Unchecked; each failure family has its own subclass in its package
 * (for example {@code CodeParseException}, {@code ScheduleException}).
 *
 * <p>Every instance carries a permanent {@linkplain #code() code} of the form {@code CD-nnnn}. Codes are never
 * reused; {@code docs/errors.md} lists each one with what the user should do. The message exists in Chinese and
 * English ({@link #text()}); {@link #getMessage()} is the English one prefixed with the code.
 */
public abstract class ArchiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final LocalizedText text;

    /**
     * Creates the exception.
     *
     * @param code  the permanent code, {@code CD-} followed by four digits, not null
     * @param text  the message in both languages, not null
     * @param cause the underlying cause, or null
     */
    protected ArchiveException(String code, LocalizedText text, @org.jspecify.annotations.Nullable Throwable cause) {
        super(requireNonNull(code, "code") + ": " + requireNonNull(text, "text").en(), cause);
        if (!code.matches("CD-\\d{4}")) {
            throw new IllegalArgumentException("not a CD-nnnn code: " + code);
        }
        this.code = code;
        this.text = text;
    }

    /** The permanent code, e.g. {@code CD-1001}. */
    public String code() {
        return code;
    }

    /** The message in Chinese and English, without the code. */
    public LocalizedText text() {
        return text;
    }

    /**
     * The message in the reader's language, prefixed with the code.
     *
     * @param locale the reader's locale, not null
     * @return for example {@code "CD-1001: 档号格式错误…"}
     */
    public String getMessage(Locale locale) {
        return code + ": " + text.in(locale);
    }
}
