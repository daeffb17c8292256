package org.cundang.internal.bagit;

import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.cundang.Severity;

/** The {@code transfer} message catalogue (CD-4001..CD-4099 and the {@code pass.*} / {@code rule.*} keys). */
public final class TransferMessages {

    /** The catalogue, loaded once. */
    public static final MessageCatalog CATALOG = MessageCatalog.load(TransferMessages.class, "transfer");

    private TransferMessages() {
    }

    /**
     * A message in both languages.
     *
     * @param key  the key
     * @param args the arguments (pass numbers as strings)
     * @return the text
     */
    public static LocalizedText text(String key, Object... args) {
        return CATALOG.text(key, args);
    }

    /**
     * A finding whose message key is its code.
     *
     * @param code     the CD code
     * @param severity the severity
     * @param subject  the subject
     * @param args     message arguments
     * @return the finding
     */
    public static Finding finding(String code, Severity severity, String subject, Object... args) {
        return Finding.of(code, severity, subject, CATALOG.text(code, args));
    }
}
