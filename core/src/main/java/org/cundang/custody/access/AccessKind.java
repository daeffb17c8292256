package org.cundang.custody.access;

import static java.util.Objects.requireNonNull;
import java.util.Locale;
import org.cundang.internal.text.FieldText;

/** What a register entry is: an on-site consultation, a loan, or a copy. */
public enum AccessKind {
    /** 查阅: consulted on site; the files do not leave the archive room. */
    CONSULT("查阅", "consultation"),
    /** 借出: lent out, to come back by a due date. */
    LOAN("借出", "loan"),
    /** 复制: a copy (摘抄、复印、扫描) made for the requester. */
    COPY("复制", "copy");

    private final String zh;
    private final String en;

    AccessKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** @return the Chinese name (查阅, 借出, 复制) */
    public String zh() {
        return zh;
    }

    /** @return the English name */
    public String en() {
        return en;
    }

    /**
     * Reads a kind from its constant name (any case) or its Chinese name.
     *
     * @param text the text, not null
     * @return the kind
     * @throws AccessException CD-8040 when the text names no kind
     */
    public static AccessKind parse(String text) {
        requireNonNull(text, "text");
        String t = text.strip();
        for (AccessKind k : values()) {
            if (k.name().equalsIgnoreCase(t) || k.zh.equals(t) || k.en.equalsIgnoreCase(t)) {
                return k;
            }
        }
        throw AccessException.of("CD-8040", "kind", FieldText.printable(text), "CONSULT|LOAN|COPY");
    }

    /**
     * @param locale the reader's language, not null
     * @return the name in that language (Chinese unless English is asked for)
     */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
