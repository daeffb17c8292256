package org.cundang.custody.handover;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.cundang.internal.text.FieldText;

/** A handover the rules refuse, or an unreadable handover document (CD-8056..8069). */
public final class HandoverException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    /** The free-text field checks of this package (CD-8056). */
    static final FieldText.Fields FIELDS = FieldText.fields((field, shown, max) -> of("CD-8056", field, shown, max));
    static final MessageCatalog MESSAGES = MessageCatalog.load(HandoverException.class, "handover");

    HandoverException(String code, LocalizedText text, @org.jspecify.annotations.Nullable Throwable cause) {
        super(code, text, cause);
    }

    static HandoverException of(String code, Object... args) {
        return new HandoverException(code, MESSAGES.text(code, args), null);
    }

    static HandoverException unreadable(String what, Exception cause) {
        return new HandoverException("CD-8061", MESSAGES.text("CD-8061", what,
                FieldText.printable(String.valueOf(cause.getMessage()))), cause);
    }
}
