package org.cundang.custody;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/** A custody action the rules refuse (CD-8xxx). */
public final class CustodyException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    static final MessageCatalog MESSAGES = MessageCatalog.load(CustodyException.class, "custody");

    CustodyException(String code, LocalizedText text) {
        super(code, text, null);
    }

    static CustodyException of(String code, Object... args) {
        return new CustodyException(code, MESSAGES.text(code, args));
    }
}
