package org.cundang.custody.overview;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/**
 * Input the overview, the collection checklist or the inspection sheet cannot use (CD-8100..8149): a malformed village
 * list, overview document, inspection sheet or score file, a year out of range. Messages in Chinese and English
 * ({@code META-INF/cundang/messages/overview*.properties}).
 */
public final class OverviewException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    static final MessageCatalog MESSAGES = MessageCatalog.load(OverviewException.class, "overview");

    private OverviewException(String code, LocalizedText text, @org.jspecify.annotations.Nullable Throwable cause) {
        super(code, text, cause);
    }

    /**
     * An exception with a catalogue message.
     *
     * @param code the code, CD-8100..8149, not null
     * @param args the message arguments (numbers as text), not null
     * @return the exception
     */
    public static OverviewException of(String code, Object... args) {
        return new OverviewException(code, MESSAGES.text(code, args), null);
    }

    static OverviewException withCause(String code, Throwable cause, Object... args) {
        return new OverviewException(code, MESSAGES.text(code, args), cause);
    }

    /** A message in the catalogue, for findings. */
    static LocalizedText text(String code, Object... args) {
        return MESSAGES.text(code, args);
    }

    /**
     * Text safe to show in a one-line message: control and bidirectional-control characters become {@code ?}, and
     * long text is cut at 80 characters.
     *
     * @param s the text, not null
     * @return the printable text
     */
    public static String shown(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 81));
        for (int i = 0; i < s.length() && b.length() < 80; i++) {
            char c = s.charAt(i);
            b.append(Texts.isUnsafe(c) ? '?' : c);
        }
        return s.length() > 80 ? b + "…" : b.toString();
    }
}
