package org.cundang.arrange;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/**
 * An argument the arranging and boxing rules cannot use: CD-3100 (a bad item value, such as a 页数 out of range) or
 * CD-3101 (bad boxing rules, such as a spine thickness that is not allowed).
 */
public final class ArrangeException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    static final MessageCatalog MESSAGES = MessageCatalog.load(ArrangeException.class, "arrange");

    private ArrangeException(String code, LocalizedText text) {
        super(code, text, null);
    }

    static ArrangeException badItem(String field, String value) {
        return new ArrangeException("CD-3100", MESSAGES.text("CD-3100", field, value));
    }

    static ArrangeException badRules(String what, String value) {
        return new ArrangeException("CD-3101", MESSAGES.text("CD-3101", what, value));
    }
}
