package org.cundang.code;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * A 档号 (archival reference code): an immutable value with typed parts, read by
 * {@link CodeTemplate#parse(CharSequence)} or built with {@link CodeTemplate#builder()}.
 *
 * <p>{@link #toString()} is the canonical text ({@code Z109-WS·2011-Y-BGS-0001}), which the template parses back
 * to an equal code. Codes are equal when their template names and texts are equal. They are ordered in 档号 order
 * (the order of the 目录, DA/T 22-2015 5.5.1, V): by template name, then part by part in the template's order:
 * 全宗号 and 门类代码 and 机构(问题) by their text (an absent 机构 first), 年度, 目录号, 案卷号 and 件号 by number,
 * 保管期限 from the longest (Y, D30, D10: the order 目录 are bound in, 5.5.4).
 */
public final class ArchivalCode implements Comparable<ArchivalCode> {

    private final CodeTemplate template;
    private final String fonds;
    private final @Nullable CategoryCode category;
    private final int year;
    private final @Nullable RetentionPeriod period;
    private final @Nullable String org;
    private final int catalogue;
    private final int volume;
    private final int item;
    private final String text;

    ArchivalCode(CodeTemplate template, String fonds, @Nullable CategoryCode category, int year,
                 @Nullable RetentionPeriod period, @Nullable String org, int catalogue, int volume, int item,
                 String text) {
        this.template = template;
        this.fonds = fonds;
        this.category = category;
        this.year = year;
        this.period = period;
        this.org = org;
        this.catalogue = catalogue;
        this.volume = volume;
        this.item = item;
        this.text = text;
    }

    /** The template this code follows. */
    public CodeTemplate template() {
        return template;
    }

    /** The 全宗号, e.g. {@code Z109}. */
    public String fonds() {
        return fonds;
    }

    /** The 门类代码, empty when the template has none. */
    public Optional<CategoryCode> category() {
        return Optional.ofNullable(category);
    }

    /** The 年度, empty when the template has none. */
    public OptionalInt year() {
        return template.has(PartKind.YEAR) ? OptionalInt.of(year) : OptionalInt.empty();
    }

    /** The 保管期限, empty when the template has none. */
    public Optional<RetentionPeriod> period() {
        return Optional.ofNullable(period);
    }

    /** The 机构(问题)代码, empty when the code has none. */
    public Optional<String> org() {
        return Optional.ofNullable(org);
    }

    /** The 目录号 of a legacy 卷-style code, empty when the template has none. */
    public OptionalInt catalogue() {
        return template.has(PartKind.CATALOGUE) ? OptionalInt.of(catalogue) : OptionalInt.empty();
    }

    /** The 案卷号, empty when the template has none. */
    public OptionalInt volume() {
        return template.has(PartKind.VOLUME) ? OptionalInt.of(volume) : OptionalInt.empty();
    }

    /** The 件号 (for a legacy 卷-style code, the 顺序号), from 1. */
    public int item() {
        return item;
    }

    /**
     * The scope the 件号 counts in: every part but the 件号 (DA/T 22-2015: 全宗, 门类, 年度, 保管期限, 机构(问题);
     * legacy: 全宗, 目录号, 案卷号).
     */
    public SequenceScope scope() {
        return new SequenceScope(this);
    }

    /**
     * The same code with another 件号.
     *
     * @param newItem 1 to {@link CodeTemplate#maxItem()}
     * @return the code
     * @throws CodeException (CD-1012) if the number is out of range
     */
    public ArchivalCode withItem(int newItem) {
        if (newItem < 1 || newItem > template.maxItem()) {
            throw CodeException.badValue("CD-1012", template.itemPart(), String.valueOf(newItem));
        }
        if (newItem == item) {
            return this;
        }
        return create(template, fonds, category, year, period, org, catalogue, volume, newItem);
    }

    static ArchivalCode create(CodeTemplate t, String fonds, @Nullable CategoryCode category, int year,
                               @Nullable RetentionPeriod period, @Nullable String org, int catalogue, int volume,
                               int item) {
        String text = t.write(fonds, category, year, period, org, catalogue, volume, item);
        return new ArchivalCode(t, fonds, category, year, period, org, catalogue, volume, item, text);
    }

    @Nullable CategoryCode categoryOrNull() {
        return category;
    }

    int yearValue() {
        return year;
    }

    @Nullable RetentionPeriod periodOrNull() {
        return period;
    }

    @Nullable String orgOrNull() {
        return org;
    }

    int catalogueValue() {
        return catalogue;
    }

    int volumeValue() {
        return volume;
    }

    /** Compares every part but the 件号, in the template's order. */
    int compareScope(ArchivalCode o) {
        int c = template.name().compareTo(o.template.name());
        if (c != 0) {
            return c;
        }
        c = fonds.compareTo(o.fonds);
        if (c != 0) {
            return c;
        }
        if (category != null && o.category != null) {
            c = category.compareTo(o.category);
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(year, o.year);
        if (c != 0) {
            return c;
        }
        if (period != null && o.period != null) {
            c = o.period.compareTo(period);
            if (c != 0) {
                return c;
            }
        }
        if (org == null || o.org == null) {
            c = org == null ? (o.org == null ? 0 : -1) : 1;
        } else {
            c = org.compareTo(o.org);
        }
        if (c != 0) {
            return c;
        }
        c = Integer.compare(catalogue, o.catalogue);
        return c != 0 ? c : Integer.compare(volume, o.volume);
    }

    @Override
    public int compareTo(ArchivalCode o) {
        int c = compareScope(o);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(item, o.item);
        return c != 0 ? c : text.compareTo(o.text);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ArchivalCode)) {
            return false;
        }
        ArchivalCode a = (ArchivalCode) o;
        return text.equals(a.text) && template.name().equals(a.template.name());
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The canonical text, e.g. {@code Z109-WS·2011-Y-BGS-0001}. */
    @Override
    public String toString() {
        return text;
    }

    /**
     * Builds a code of one template: {@code template.builder().fonds("Z109").category("WS").year(2011)
     * .period(RetentionPeriod.PERMANENT).org("BGS").item(1).build()}. Not thread-safe.
     */
    public static final class Builder {
        private final CodeTemplate template;
        private @Nullable String fonds;
        private @Nullable CategoryCode category;
        private @Nullable String categoryText;
        private int year = -1;
        private @Nullable RetentionPeriod period;
        private @Nullable String org;
        private int catalogue = -1;
        private int volume = -1;
        private int item = -1;

        Builder(CodeTemplate template) {
            this.template = template;
        }

        /**
         * The 全宗号.
         *
         * @param value e.g. {@code Z109}, not null
         * @return this builder
         */
        public Builder fonds(String value) {
            this.fonds = requireNonNull(value, "value");
            return this;
        }

        /**
         * The 门类代码, e.g. {@code WS} or {@code KJ·JJ}.
         *
         * @param value the code, not null
         * @return this builder
         */
        public Builder category(String value) {
            this.categoryText = requireNonNull(value, "value");
            this.category = null;
            return this;
        }

        /**
         * The 门类代码.
         *
         * @param value the code, not null
         * @return this builder
         */
        public Builder category(CategoryCode value) {
            this.category = requireNonNull(value, "value");
            this.categoryText = null;
            return this;
        }

        /**
         * The 年度.
         *
         * @param value four digits within the template's range
         * @return this builder
         */
        public Builder year(int value) {
            this.year = value;
            return this;
        }

        /**
         * The 保管期限.
         *
         * @param value one of the template's periods, not null
         * @return this builder
         */
        public Builder period(RetentionPeriod value) {
            this.period = requireNonNull(value, "value");
            return this;
        }

        /**
         * The 机构(问题)代码, or null for none.
         *
         * @param value e.g. {@code BGS}, or null
         * @return this builder
         */
        public Builder org(@Nullable String value) {
            this.org = value;
            return this;
        }

        /**
         * The 目录号 of a legacy code.
         *
         * @param value from 1
         * @return this builder
         */
        public Builder catalogue(int value) {
            this.catalogue = value;
            return this;
        }

        /**
         * The 案卷号.
         *
         * @param value from 1
         * @return this builder
         */
        public Builder volume(int value) {
            this.volume = value;
            return this;
        }

        /**
         * The 件号 (or 顺序号).
         *
         * @param value 1 to {@link CodeTemplate#maxItem()}
         * @return this builder
         */
        public Builder item(int value) {
            this.item = value;
            return this;
        }

        /**
         * Builds the code.
         *
         * @return the code
         * @throws CodeException CD-1020 when a required part is missing, CD-1021 when a part was given that the
         *                       template does not have, or the part's code (CD-1003 to CD-1014) when a value is
         *                       out of the template's rules
         */
        public ArchivalCode build() {
            CodeTemplate t = template;
            String f = fonds;
            Part fp = need(PartKind.FONDS, f != null);
            if (fp != null && f != null && !validToken(f, fp)) {
                throw CodeException.badValue("CD-1003", fp, f);
            }
            CategoryCode cat = category;
            Part cp = need(PartKind.CATEGORY, cat != null || categoryText != null);
            if (cp != null) {
                if (cat == null) {
                    String s = requireNonNull(categoryText);
                    if (CategoryCode.check(s) < 0) {
                        throw CodeException.badValue("CD-1004", cp, s);
                    }
                    cat = CategoryCode.parse(s);
                }
                if (!t.categories().contains(cat)) {
                    throw CodeException.badValue("CD-1005", cp, cat.toString());
                }
            }
            Part yp = need(PartKind.YEAR, year != -1);
            if (yp != null && (year < t.minYear() || year > t.maxYear())) {
                throw CodeException.badValue("CD-1007", yp, String.valueOf(year));
            }
            Part pp = need(PartKind.PERIOD, period != null);
            if (pp != null && !t.periods().contains(period)) {
                throw CodeException.badValue("CD-1008", pp, String.valueOf(period));
            }
            String o = org;
            Part op = t.part(PartKind.ORG);
            if (o != null) {
                if (op == null) {
                    throw CodeException.of("CD-1021", PartKind.ORG.label(), PartKind.ORG.labelEn(), t.name());
                }
                if (!validToken(o, op)) {
                    throw CodeException.badValue("CD-1010", op, o);
                }
            }
            Part kp = need(PartKind.CATALOGUE, catalogue != -1);
            if (kp != null && !inWidth(catalogue, kp)) {
                throw CodeException.badValue("CD-1013", kp, String.valueOf(catalogue));
            }
            Part vp = need(PartKind.VOLUME, volume != -1);
            if (vp != null && !inWidth(volume, vp)) {
                throw CodeException.badValue("CD-1014", vp, String.valueOf(volume));
            }
            Part ip = need(PartKind.ITEM, item != -1);
            if (ip != null && !inWidth(item, ip)) {
                throw CodeException.badValue("CD-1012", ip, String.valueOf(item));
            }
            return create(t, f == null ? "" : f, cp == null ? null : cat, yp == null ? 0 : year, pp == null ? null
                    : period, o, kp == null ? 0 : catalogue, vp == null ? 0 : volume, item);
        }

        private @Nullable Part need(PartKind kind, boolean given) {
            Part p = template.part(kind);
            if (p == null && given) {
                throw CodeException.of("CD-1021", kind.label(), kind.labelEn(), template.name());
            }
            if (p != null && !given) {
                throw CodeException.of("CD-1020", kind.label(), kind.labelEn(), template.name());
            }
            return p;
        }

        private static boolean validToken(String s, Part p) {
            if (s.length() < p.minWidth || s.length() > p.maxWidth) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (!CategoryCode.isCodeChar(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean inWidth(int v, Part p) {
            return v >= 1 && String.valueOf(v).length() <= p.maxWidth;
        }
    }
}
