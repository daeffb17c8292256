package org.cundang.sensors.serial.internal;

import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/** The {@code sensors-serial} message catalogue (codes CD-6120 to CD-6199). */
public final class Messages {

    private static final MessageCatalog CATALOG = MessageCatalog.load(Messages.class, "sensors-serial");

    private Messages() {
    }

    /**
     * Formats a message.
     *
     * @param code the CD code, not null
     * @param args the arguments (numbers passed as strings)
     * @return the text in both languages
     */
    public static LocalizedText text(String code, Object... args) {
        return CATALOG.text(code, args);
    }

    /**
     * Whether the catalogue has the code in both languages.
     *
     * @param code the CD code, not null
     * @return true if present
     */
    public static boolean has(String code) {
        return CATALOG.has(code);
    }
}
