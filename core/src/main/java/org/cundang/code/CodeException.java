package org.cundang.code;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.jspecify.annotations.Nullable;

/**
 * A 档号 operation that cannot be done: a part value the template refuses when building a code (CD-1003 to
 * CD-1014), a missing or foreign part (CD-1020, CD-1021, CD-1022), a full 件号 sequence (CD-1030), an invalid
 * template or category registry (CD-1031, CD-1033), an unknown template name (CD-1032), or an ambiguous repair
 * (CD-1040). Text that cannot be read as a 档号 raises the subclass {@link CodeParseException}.
 *
 * <p>Codes are permanent and listed in {@code docs/errors.md}. Only this package creates instances.
 */
public class CodeException extends ArchiveException {

    private static final long serialVersionUID = 1L;

    static final MessageCatalog MESSAGES = MessageCatalog.load(CodeException.class, "code");

    CodeException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
    }

    static CodeException of(String code, Object... args) {
        return new CodeException(code, MESSAGES.text(code, args), null);
    }

    static CodeException keyed(String code, String key, Object... args) {
        return new CodeException(code, MESSAGES.text(key, args), null);
    }

    /** A part value the template refuses, e.g. a fonds number with a lowercase letter. */
    static CodeException badValue(String code, Part part, String value) {
        return new CodeException(code, text("badValue", part.describeZh(), part.describeEn(), shown(value)), null);
    }

    /**
     * Formats a message whose arguments differ by language: {@code zh} and {@code en} are the language-specific
     * first two arguments (a part description), followed by shared ones.
     */
    static LocalizedText text(String key, String zh, String en, Object... shared) {
        Object[] za = new Object[shared.length + 1];
        Object[] ea = new Object[shared.length + 1];
        za[0] = zh;
        ea[0] = en;
        System.arraycopy(shared, 0, za, 1, shared.length);
        System.arraycopy(shared, 0, ea, 1, shared.length);
        return new LocalizedText(MESSAGES.text(key, za).zh(), MESSAGES.text(key, ea).en());
    }

    /** Shows a value in a message: at most 60 characters, control characters as {@code U+XXXX}. */
    static String shown(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 64));
        int n = Math.min(s.length(), 60);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("U+%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > n) {
            b.append('…');
        }
        return b.toString();
    }
}
