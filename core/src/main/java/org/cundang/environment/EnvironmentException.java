package org.cundang.environment;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/**
 * A failure of the repository-climate rules: an unknown room profile or checklist (CD-6001), an invalid profile
 * (CD-6002), an overlay that would widen a profile (CD-6003), an unreadable data file (CD-6004), invalid settings or
 * thresholds (CD-6005), a reading whose time is out of range (CD-6006), a metric asked for outside the formulas'
 * range (CD-6007) and an invalid checklist or inspection (CD-6008). Codes are listed in {@code docs/errors.md}.
 */
public final class EnvironmentException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    static final MessageCatalog MESSAGES = MessageCatalog.load(EnvironmentException.class, "environment");

    private EnvironmentException(String code, LocalizedText text, Throwable cause) {
        super(code, text, cause);
    }

    static EnvironmentException of(String code, Object... args) {
        return new EnvironmentException(code, MESSAGES.text(code, args), null);
    }

    static EnvironmentException withCause(String code, Throwable cause, Object... args) {
        return new EnvironmentException(code, MESSAGES.text(code, args), cause);
    }

    /** Shortens a user-supplied text for a message and makes control characters visible. */
    static String shown(String s) {
        String cut = s.length() <= 40 ? s : s.substring(0, 40) + "…";
        StringBuilder b = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** Formats a number for a message without digit grouping. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
