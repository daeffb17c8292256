package org.cundang.retention;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The legacy 保管期限 terms of the 1987 rules (《国家档案局关于机关档案保管期限的规定》, repealed by 令第8号 第十五条):
 * 永久, 长期 ("十六年至五十年左右") and 短期 ("十五年以下"), written in practice as {@code Y/C/D} or {@code 1/2/3}
 * (DOMAIN.md §2.2: terms V, codes S). A {@link LegacyPeriodMapping} turns them into current periods.
 */
public enum LegacyPeriod {
    /** 永久, codes {@code Y} and {@code 1}. */
    PERMANENT("永久", "permanent", "Y", "1"),
    /** 长期 (16 to about 50 years), codes {@code C} and {@code 2}. */
    LONG("长期", "long-term", "C", "2"),
    /** 短期 (15 years or less), codes {@code D} and {@code 3}. */
    SHORT("短期", "short-term", "D", "3");

    private final String label;
    private final String labelEn;
    private final String letter;
    private final String digit;

    LegacyPeriod(String label, String labelEn, String letter, String digit) {
        this.label = label;
        this.labelEn = labelEn;
        this.letter = letter;
        this.digit = digit;
    }

    /** The Chinese term: 永久, 长期, 短期. */
    public String label() {
        return label;
    }

    /** The English term. */
    public String labelEn() {
        return labelEn;
    }

    /** Every code written for this term in practice: the letter ({@code Y}, {@code C}, {@code D}) and the digit. */
    public List<String> codes() {
        return List.of(letter, digit);
    }

    /** The letter code: {@code Y}, {@code C} or {@code D}. */
    public String letter() {
        return letter;
    }

    /**
     * Reads a legacy term from its label or one of its codes (surrounding white space ignored).
     *
     * @param text the text, not null
     * @return the term, or empty if the text is none of them
     */
    public static Optional<LegacyPeriod> tryParse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString().strip();
        for (LegacyPeriod p : values()) {
            if (p.label.equals(s) || p.letter.equals(s) || p.digit.equals(s)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
