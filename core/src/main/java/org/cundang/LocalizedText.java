package org.cundang;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A text users read, in Chinese (zh-CN, the default for reports and the CLI) and in English.
 *
 * <p>Findings and exceptions carry their message in both languages, resolved when they are created, so that a
 * report can be rendered in either language without looking anything up again.
 *
 * @param zh the Chinese text, not null
 * @param en the English text, not null
 */
public record LocalizedText(String zh, String en) {

    /** Validates the texts. */
    public LocalizedText {
        requireNonNull(zh, "zh");
        requireNonNull(en, "en");
    }

    /**
     * The text in the given language: Chinese for any {@code zh} locale, English otherwise.
     *
     * @param locale the reader's locale, not null
     * @return the text, never null
     */
    public String in(Locale locale) {
        requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    /** Returns the English text. */
    @Override
    public String toString() {
        return en;
    }
}
