package org.cundang.samples.print;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/**
 * A printing input or output that cannot be used (CD-9040 to CD-9059, messages in the CLI catalogue
 * {@code cli}): no Chinese font, a font that cannot be embedded, a catalogue or items file that cannot be read, a PDF
 * or CSV that cannot be written.
 */
public final class PrintException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    private static final MessageCatalog MESSAGES = MessageCatalog.load(PrintException.class, "cli");

    private PrintException(String code, LocalizedText text, Throwable cause) {
        super(code, text, cause);
    }

    /**
     * An exception with a message from the CLI catalogue.
     *
     * @param code  the code, CD-9040 to CD-9059, not null
     * @param cause the cause, or null
     * @param args  the message arguments (strings)
     * @return the exception
     */
    public static PrintException of(String code, @org.jspecify.annotations.Nullable Throwable cause, Object... args) {
        return new PrintException(code, MESSAGES.text(code, args), cause);
    }
}
