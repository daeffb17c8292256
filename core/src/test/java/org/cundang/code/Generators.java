package org.cundang.code;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid codes (written out by hand, not by the code under test) and of corruptions. */
final class Generators {

    private Generators() {
    }

    static final List<String> CATEGORIES = List.of("WS", "KJ", "KJ·KY", "KJ·JJ", "KJ·SB", "KU", "KU·01", "KU·02",
            "KU·03", "KU·04", "RS", "ZY", "ZP", "LY", "LX", "SW", "SW·JB", "SW·JP", "SJ", "YJ", "WY", "MT");

    /** Replacement characters that are neither digits, capital letters nor separators. */
    static final List<String> ODD = List.of("#", " ", "\u0001", "a", "０", "中", "\uD83D", "Ｚ", "\t", "_");

    static Arbitrary<String> alnum(int min, int max) {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(min)
                .ofMaxLength(max);
    }

    static String pad(int n, int width) {
        String s = String.valueOf(n);
        return "0".repeat(width - s.length()) + s;
    }

    static Arbitrary<String> daT22Codes() {
        Arbitrary<String> org = Arbitraries.oneOf(Arbitraries.just(""), alnum(2, 6).map(o -> "-" + o));
        return Combinators.combine(alnum(1, 8), Arbitraries.of(CATEGORIES), Arbitraries.integers().between(1900, 2999),
                        Arbitraries.of("Y", "D30", "D10"), org, Arbitraries.integers().between(1, 9999))
                .as((f, c, y, p, o, i) -> f + "-" + c + "·" + y + "-" + p + o + "-" + pad(i, 4));
    }

    static Arbitrary<String> legacyCodes() {
        return Combinators.combine(alnum(4, 4).filter(s -> true), Arbitraries.integers().between(1, 999),
                        Arbitraries.integers().between(1, 9999), Arbitraries.integers().between(1, 999))
                .as((f, k, v, i) -> f + "-" + pad(k, 3) + "-" + pad(v, 4) + "-" + pad(i, 3));
    }

    /** A corrupted code and the index of its first bad character. */
    record Corruption(String original, String text, int index, String how) {
    }

    static Arbitrary<Corruption> corruptions() {
        return Combinators.combine(daT22Codes(), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 1000), Arbitraries.of(ODD)).as(Generators::corrupt);
    }

    private static Corruption corrupt(String code, int kind, int r, String odd) {
        int dot = code.indexOf('·', code.indexOf('-'));
        int lastDot = code.lastIndexOf('·');
        int yearStart = lastDot + 1;
        int itemStart = code.length() - 4;
        int fondsEnd = code.indexOf('-');
        int periodStart = yearStart + 5;
        switch (kind) {
            case 0: { // replace a year digit
                int at = yearStart + r % 4;
                return new Corruption(code, replace(code, at, odd.equals("_") ? "A" : odd), at, "year digit");
            }
            case 1: { // replace an item digit
                int at = itemStart + r % 4;
                return new Corruption(code, replace(code, at, odd), at, "item digit");
            }
            case 2: { // replace a fonds character
                int at = r % fondsEnd;
                return new Corruption(code, replace(code, at, odd), at, "fonds char");
            }
            case 3: { // insert into the year or the item
                int at = r % 2 == 0 ? yearStart + (r / 2) % 4 : itemStart + (r / 2) % 4;
                return new Corruption(code, code.substring(0, at) + odd + code.substring(at), at, "insert");
            }
            case 4: { // delete the last digit of the year or of the item
                int at = r % 2 == 0 ? yearStart + 3 : code.length() - 1;
                return new Corruption(code, code.substring(0, at) + code.substring(at + 1), at, "delete digit");
            }
            case 5: { // delete the first character of the period
                return new Corruption(code, code.substring(0, periodStart) + code.substring(periodStart + 1),
                        periodStart, "delete period char");
            }
            default: { // '-' where the '·' before the year belongs
                return new Corruption(code, replace(code, lastDot, "-"), lastDot, "dash for dot " + dot);
            }
        }
    }

    private static String replace(String s, int at, String with) {
        return s.substring(0, at) + with + s.substring(at + 1);
    }
}
