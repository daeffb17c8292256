package org.cundang.custody.access;

import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.cundang.internal.text.FieldText;

/** An access register entry or return the rules refuse, or an unreadable access document (CD-8040..8054). */
public final class AccessException extends ArchiveException {

    private static final long serialVersionUID = 1L;
    /** The free-text field checks of this package (CD-8040). */
    static final FieldText.Fields FIELDS = FieldText.fields((field, shown, max) -> of("CD-8040", field, shown, max));
    static final MessageCatalog MESSAGES = MessageCatalog.load(AccessException.class, "access");

    AccessException(String code, LocalizedText text, @org.jspecify.annotations.Nullable Throwable cause) {
        super(code, text, cause);
    }

    static AccessException of(String code, Object... args) {
        return new AccessException(code, MESSAGES.text(code, args), null);
    }
}
