package org.cundang.custody;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CategoryCode;
import org.jspecify.annotations.Nullable;

/**
 * The part of a fonds a hold covers: a whole 全宗, one 门类 (with its sub-levels) of it, one year of it, or one
 * 门类 in one year. A hold placed on a scope blocks appraisal-for-destruction of every item under it, including
 * items that arrive after the hold was placed (issue 8; 会计档案管理办法: records concerning 未结清债权债务 are never
 * destroyed, DOMAIN.md §2.4, S).
 *
 * <p>Text form: {@code 全宗号[/门类代码[/年度]]}, with {@code *} for "any 门类": {@code Z109}, {@code Z109/KJ},
 * {@code Z109/KJ/2015}, {@code Z109/&#42;/2015}. A category covers its sub-levels: {@code KJ} covers {@code KJ·JJ}.
 */
public final class HoldScope implements Comparable<HoldScope> {

    private static final int MAX_FONDS = 20;

    private final String fonds;
    private final @Nullable CategoryCode category;
    private final @Nullable Integer year;

    private HoldScope(String fonds, @Nullable CategoryCode category, @Nullable Integer year) {
        this.fonds = fonds;
        this.category = category;
        this.year = year;
    }

    /**
     * A scope.
     *
     * @param fonds    the 全宗号, not null, 1..20 letters or digits
     * @param category the 门类代码, or null for all
     * @param year     the year (1000..9999), or null for all
     * @return the scope
     * @throws CustodyException CD-8020 when a part is malformed
     */
    public static HoldScope of(String fonds, @Nullable String category, @Nullable Integer year) {
        requireNonNull(fonds, "fonds");
        if (fonds.isEmpty() || fonds.length() > MAX_FONDS || !fonds.chars().allMatch(HoldScope::fondsChar)) {
            throw CustodyException.of("CD-8020", shown(fonds));
        }
        CategoryCode c = null;
        if (category != null) {
            try {
                c = CategoryCode.parse(category);
            } catch (RuntimeException e) {
                throw CustodyException.of("CD-8020", shown(category));
            }
        }
        if (year != null && (year < 1000 || year > 9999)) {
            throw CustodyException.of("CD-8020", String.valueOf(year));
        }
        return new HoldScope(fonds, c, year);
    }

    /**
     * Parses the text form {@code 全宗号[/门类代码|*[/年度]]}.
     *
     * @param text the text, not null
     * @return the scope
     * @throws CustodyException CD-8020 when the text is not a scope
     */
    public static HoldScope parse(CharSequence text) {
        requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.length() > 60) {
            throw CustodyException.of("CD-8020", shown(s));
        }
        String[] parts = s.split("/", -1);
        if (parts.length > 3) {
            throw CustodyException.of("CD-8020", shown(s));
        }
        String cat = parts.length > 1 && !parts[1].equals("*") ? parts[1] : null;
        Integer y = null;
        if (parts.length > 2) {
            if (parts[2].length() != 4 || !parts[2].chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                throw CustodyException.of("CD-8020", shown(s));
            }
            y = Integer.valueOf(parts[2]);
        }
        return of(parts[0], cat, y);
    }

    /** @return the 全宗号 */
    public String fonds() {
        return fonds;
    }

    /** @return the 门类代码, empty for every category */
    public Optional<CategoryCode> category() {
        return Optional.ofNullable(category);
    }

    /** @return the year, empty for every year */
    public OptionalInt year() {
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /**
     * Whether an item falls under this scope.
     *
     * @param code the item's 档号, not null
     * @return true when the fonds matches and the category and year, where given, match
     */
    public boolean covers(ArchivalCode code) {
        requireNonNull(code, "code");
        if (!fonds.equals(code.fonds())) {
            return false;
        }
        if (year != null && (code.year().isEmpty() || code.year().getAsInt() != year)) {
            return false;
        }
        if (category != null) {
            Optional<CategoryCode> c = code.category();
            if (c.isEmpty()) {
                return false;
            }
            String mine = category.toString();
            String theirs = c.get().toString();
            return theirs.equals(mine) || theirs.startsWith(mine + CategoryCode.LEVEL_SEPARATOR);
        }
        return true;
    }

    @Override
    public int compareTo(HoldScope o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof HoldScope h && h.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** @return the text form, which {@link #parse} reads back */
    @Override
    public String toString() {
        if (category == null && year == null) {
            return fonds;
        }
        String c = category == null ? "*" : category.toString();
        return year == null ? fonds + "/" + c : fonds + "/" + c + "/" + year;
    }

    private static boolean fondsChar(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String shown(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
