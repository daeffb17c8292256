package org.cundang.custody.handover;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;

/** A handover the rules refuse, or an unreadable handover document (CD-8056..8069). */
public final class HandoverException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    static final MessageCatalog MESSAGES = MessageCatalog.load(HandoverException.class, "handover");

    HandoverException(String code, LocalizedText text, @org.jspecify.annotations.Nullable Throwable cause) {
        super(code, text, cause);
    }

    static HandoverException of(String code, Object... args) {
        return new HandoverException(code, MESSAGES.text(code, args), null);
    }

    static HandoverException unreadable(String what, Exception cause) {
        return new HandoverException("CD-8061", MESSAGES.text("CD-8061", what,
                Texts.printable(String.valueOf(cause.getMessage()))), cause);
    }
}
