package org.cundang.code;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cundang.code.CodeParseException.Failure;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * A 档号 structure: typed {@linkplain PartKind parts} with the separators between them. It parses text into
 * {@link ArchivalCode}s (strict: the text must be exactly what {@link #format(ArchivalCode)} writes) and formats
 * codes back, so that {@code format(parse(c)).equals(c)} for every valid {@code c}.
 *
 * <p>Built-in templates:
 * <ul>
 *   <li>{@link #daT22()}, name {@code da-t-22}: DA/T 22-2015 5.4.2 (V)
 *       {@code 全宗号-门类代码·年度-保管期限-机构(问题)代码-件号}, e.g. {@code Z109-WS·2011-Y-BGS-0001}, with
 *       机构(问题) optional ({@code A182-ZP·2022-Y-0001}) and sub-level categories ({@code A182-SW·JB·2022-Y-0001});
 *   <li>{@link #legacyVolume()}, name {@code legacy-volume}: the legacy 立卷 code
 *       {@code 全宗号-目录号-案卷号-顺序号} with 4-3-4-3 digits, e.g. {@code 0134-001-0001-001} (DOMAIN.md §3.2, S).
 * </ul>
 * Others are made with {@link #builder(String)}. Part rules, each configurable in the builder:
 * 全宗号 1 to 8 capital letters or digits (practice: 4, S); 门类代码 known to the template's
 * {@link CategoryRegistry}; 年度 four digits in a plausible range (default 1900 to 2999); 保管期限 one of the
 * template's periods (default Y, D30, D10: DA/T 22-2015 5.4.3 c), V; the legacy letters C and D are refused, see
 * {@code docs/archival-codes.md}); 机构(问题)代码 2 to 6 capital letters or digits (5.4.3 d), R); 件号 of a fixed
 * width, zero-padded, from 1 (5.4.3 e), V: 4 digits, 0001 to 9999).
 *
 * <p>Parsing is a hand-written scanner over the characters: no regular expressions and no exceptions on valid
 * input. Immutable and thread-safe.
 */
public final class CodeTemplate {

    /** Inputs longer than this are refused before scanning (CD-1002). */
    public static final int MAX_INPUT_LENGTH = 256;

    private static final CodeTemplate DA_T_22 = daT22Builder(CategoryRegistry.defaults()).build();
    private static final CodeTemplate LEGACY_VOLUME = builder("legacy-volume")
            .fonds(4, 4).separator('-').catalogue(3).separator('-').volume(4).separator('-').sequence(3).build();

    private final String name;
    private final Part[] parts;
    private final CategoryRegistry categories;
    private final int minYear;
    private final int maxYear;
    private final List<RetentionPeriod> periods;
    private final String separators;
    private final String signature;
    private final int itemMax;

    private CodeTemplate(Builder b, Part[] parts) {
        this.name = b.name;
        this.parts = parts;
        this.categories = b.categories;
        this.minYear = b.minYear;
        this.maxYear = b.maxYear;
        this.periods = List.copyOf(b.periods);
        StringBuilder seps = new StringBuilder();
        StringBuilder sig = new StringBuilder(name).append(':');
        for (Part p : parts) {
            if (p.separator != '\0' && seps.indexOf(String.valueOf(p.separator)) < 0) {
                seps.append(p.separator);
            }
            sig.append(p.signature());
        }
        if (has(PartKind.CATEGORY) && seps.indexOf(String.valueOf(CategoryCode.LEVEL_SEPARATOR)) < 0) {
            seps.append(CategoryCode.LEVEL_SEPARATOR);
        }
        sig.append(";years=").append(minYear).append('-').append(maxYear).append(";periods=").append(periods);
        this.separators = seps.toString();
        this.signature = sig.toString();
        int w = parts[parts.length - 1].maxWidth;
        this.itemMax = (int) Math.pow(10, w) - 1;
    }

    /**
     * The DA/T 22-2015 template (name {@code da-t-22}) with the {@linkplain CategoryRegistry#defaults() default
     * categories}.
     *
     * @return the template
     */
    public static CodeTemplate daT22() {
        return DA_T_22;
    }

    /**
     * The DA/T 22-2015 template checking categories against the given registry.
     *
     * @param categories the 门类代码 the unit uses, not null
     * @return the template
     */
    public static CodeTemplate daT22(CategoryRegistry categories) {
        return daT22Builder(requireNonNull(categories, "categories")).build();
    }

    /**
     * A builder preset with the DA/T 22-2015 parts and defaults, to change a width, the year range or the periods.
     *
     * @param categories the 门类代码 the unit uses, not null
     * @return the builder
     */
    public static Builder daT22Builder(CategoryRegistry categories) {
        return builder("da-t-22").categories(categories)
                .fonds(1, 8).separator('-').category().separator(CategoryCode.LEVEL_SEPARATOR).year()
                .separator('-').period().separator('-').org(2, 6).separator('-').item(4);
    }

    /** The legacy 卷-style template (name {@code legacy-volume}): {@code 0134-001-0001-001}. */
    public static CodeTemplate legacyVolume() {
        return LEGACY_VOLUME;
    }

    /**
     * A builder for another template.
     *
     * @param name the name the template is looked up by, lowercase letters, digits and {@code -}, not null
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(requireNonNull(name, "name"));
    }

    /** The name, e.g. {@code da-t-22}. */
    public String name() {
        return name;
    }

    /** The kinds of part, in order. */
    public List<PartKind> parts() {
        List<PartKind> out = new ArrayList<>(parts.length);
        for (Part p : parts) {
            out.add(p.kind);
        }
        return List.copyOf(out);
    }

    /** Whether the template has a part of this kind. */
    public boolean has(PartKind kind) {
        return part(requireNonNull(kind, "kind")) != null;
    }

    /** Whether the part of this kind may be left out (机构(问题) in DA/T 22-2015). */
    public boolean isOptional(PartKind kind) {
        Part p = part(requireNonNull(kind, "kind"));
        return p != null && p.optional;
    }

    /** A pattern users can read, e.g. {@code 全宗号-门类代码·年度-保管期限[-机构（问题）代码]-件号}. */
    public String pattern() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p.optional) {
                b.append('[');
            }
            if (p.separator != '\0') {
                b.append(p.separator);
            }
            b.append(p.labelZh());
            if (p.optional) {
                b.append(']');
            }
        }
        return b.toString();
    }

    /** The categories this template accepts. */
    public CategoryRegistry categories() {
        return categories;
    }

    /** The periods this template accepts, e.g. Y, D30, D10. */
    public List<RetentionPeriod> periods() {
        return periods;
    }

    /** The earliest 年度 accepted. */
    public int minYear() {
        return minYear;
    }

    /** The latest 年度 accepted. */
    public int maxYear() {
        return maxYear;
    }

    /** The largest 件号 (9999 for a 4-digit 件号). */
    public int maxItem() {
        return itemMax;
    }

    /** A builder for a code of this template. */
    public ArchivalCode.Builder codeBuilder() {
        return new ArchivalCode.Builder(this);
    }

    /** Same as {@link #codeBuilder()}: {@code template.builder().fonds("Z109")…build()}. */
    public ArchivalCode.Builder builder() {
        return codeBuilder();
    }

    /** A builder that starts from this template's settings, to derive a variant under another name. */
    public Builder toBuilder(String newName) {
        Builder b = builder(newName).categories(categories).years(minYear, maxYear).periods(periods);
        b.specs.clear();
        for (Part p : parts) {
            b.specs.add(new Spec(p.kind, p.separator, p.minWidth, p.maxWidth, p.optional, p.labelZh(), p.labelEn()));
        }
        return b;
    }

    /**
     * Reads a 档号. Strict: the text must be exactly the canonical form (use a {@link CodeNormalizer} for
     * variants such as full-width characters or missing zero padding).
     *
     * @param text the text, may be null (refused with CD-1001)
     * @return the code
     * @throws CodeParseException (CD-1001 to CD-1016) if the text is not a code of this template; it carries the
     *                            input and the index of the first bad character
     */
    public ArchivalCode parse(@Nullable CharSequence text) {
        if (text == null || text.length() == 0) {
            throw CodeParseException.empty();
        }
        if (text.length() > MAX_INPUT_LENGTH) {
            throw CodeParseException.tooLong(text.toString(), MAX_INPUT_LENGTH);
        }
        Scan st = new Scan();
        ArchivalCode code = scan(text, st);
        if (code == null) {
            Failure f = requireNonNull(st.failure);
            String input = text.toString();
            throw CodeParseException.of(input, f, f.index());
        }
        return code;
    }

    /**
     * Whether the text is a valid code of this template, without throwing.
     *
     * @param text the text, may be null
     * @return true if {@link #parse(CharSequence)} would succeed
     */
    public boolean isValid(@Nullable CharSequence text) {
        return text != null && text.length() > 0 && text.length() <= MAX_INPUT_LENGTH && scan(text, new Scan()) != null;
    }

    /** Scans; returns the code or null with {@code st.failure} set. Never throws for any input. */
    @Nullable ArchivalCode scan(CharSequence s, Scan st) {
        int end = scanFrom(s, 0, 0, st);
        if (end < 0) {
            return null;
        }
        String text = s.toString();
        String org = st.orgStart < 0 ? null : text.substring(st.orgStart, st.orgEnd);
        String fonds = st.fondsEnd < 0 ? "" : text.substring(st.fondsStart, st.fondsEnd);
        return new ArchivalCode(this, fonds, st.category == null ? null : st.category.code(), st.year, st.period, org,
                st.catalogue, st.volume, st.item, text);
    }

    private int scanFrom(CharSequence s, int pos, int from, Scan st) {
        int n = s.length();
        for (int i = from; i < parts.length; i++) {
            Part p = parts[i];
            if (p.optional) {
                int r = scanPartThenRest(s, pos, i, st);
                if (r >= 0) {
                    return r;
                }
                st.orgStart = -1;
                return scanFrom(s, pos, i + 1, st);
            }
            pos = scanPart(p, i, s, pos, st);
            if (pos < 0) {
                return -1;
            }
        }
        if (pos < n) {
            st.fail(Failure.at("CD-1016", pos, parts[parts.length - 1]));
            return -1;
        }
        return pos;
    }

    private int scanPartThenRest(CharSequence s, int pos, int i, Scan st) {
        int p = scanPart(parts[i], i, s, pos, st);
        return p < 0 ? -1 : scanFrom(s, p, i + 1, st);
    }

    private int scanPart(Part p, int index, CharSequence s, int pos, Scan st) {
        int n = s.length();
        if (p.separator != '\0') {
            if (pos >= n || s.charAt(pos) != p.separator) {
                if (pos < n && !isSeparator(s.charAt(pos)) && !p.optional && index > 0) {
                    // a bad character right after the previous part belongs to that part
                    st.fail(Failure.at(parts[index - 1].code(), pos, parts[index - 1]));
                } else {
                    st.fail(new Failure("CD-1015", pos, p, p.separator, null));
                }
                return -1;
            }
            pos++;
        }
        switch (p.kind) {
            case FONDS: {
                int end = token(p, s, pos, st);
                if (end >= 0) {
                    st.fondsStart = pos;
                    st.fondsEnd = end;
                }
                return end;
            }
            case ORG: {
                int end = token(p, s, pos, st);
                if (end >= 0) {
                    st.orgStart = pos;
                    st.orgEnd = end;
                }
                return end;
            }
            case PERIOD:
                return period(p, s, pos, st);
            case CATEGORY:
                return category(p, index, s, pos, st);
            default: {
                int end = digits(p, s, pos, st);
                if (end < 0) {
                    return -1;
                }
                int v = st.number;
                switch (p.kind) {
                    case YEAR:
                        if (v < minYear || v > maxYear) {
                            st.fail(new Failure("CD-1007", pos, p, '\0', s.subSequence(pos, end).toString()));
                            return -1;
                        }
                        st.year = v;
                        break;
                    case CATALOGUE:
                        st.catalogue = v;
                        break;
                    case VOLUME:
                        st.volume = v;
                        break;
                    default:
                        st.item = v;
                        break;
                }
                if (v == 0 && p.kind != PartKind.YEAR) {
                    st.fail(new Failure(p.kind == PartKind.ITEM ? "CD-1012" : p.code(), pos, p, '\0', null));
                    return -1;
                }
                return end;
            }
        }
    }

    boolean isSeparator(char c) {
        return separators.indexOf(c) >= 0;
    }

    /** A variable-width token of capital letters and digits, followed by a separator or the end. */
    private int token(Part p, CharSequence s, int pos, Scan st) {
        int n = s.length();
        int start = pos;
        int limit = Math.min(n, start + p.maxWidth);
        while (pos < limit && CategoryCode.isCodeChar(s.charAt(pos))) {
            pos++;
        }
        if (pos - start < p.minWidth) {
            st.fail(Failure.at(p.code(), pos, p));
            return -1;
        }
        if (pos < n && !isSeparator(s.charAt(pos))) {
            st.fail(Failure.at(p.code(), pos, p));
            return -1;
        }
        return pos;
    }

    /** A fixed-width run of ASCII digits; the value goes to {@code st.number}. */
    private int digits(Part p, CharSequence s, int pos, Scan st) {
        int n = s.length();
        int v = 0;
        for (int k = 0; k < p.maxWidth; k++) {
            char c = pos + k < n ? s.charAt(pos + k) : '\0';
            if (c < '0' || c > '9' || pos + k >= n) {
                st.fail(Failure.at(p.code(), pos + k, p));
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        int end = pos + p.maxWidth;
        if (end < n && !isSeparator(s.charAt(end))) {
            st.fail(Failure.at(p.code(), end, p));
            return -1;
        }
        st.number = v;
        return end;
    }

    private int period(Part p, CharSequence s, int pos, Scan st) {
        int n = s.length();
        int start = pos;
        int limit = Math.min(n, start + 4);
        while (pos < limit && CategoryCode.isCodeChar(s.charAt(pos))) {
            pos++;
        }
        if (pos < n && !isSeparator(s.charAt(pos))) {
            st.fail(Failure.at(p.code(), pos, p));
            return -1;
        }
        int len = pos - start;
        for (int k = 0, m = periods.size(); k < m; k++) {
            RetentionPeriod r = periods.get(k);
            String code = r.code();
            if (code.length() == len && regionEquals(s, start, code)) {
                st.period = r;
                return pos;
            }
        }
        if (len == 1 && "CD123".indexOf(s.charAt(start)) >= 0) {
            st.fail(new Failure("CD-1009", start, p, '\0', String.valueOf(s.charAt(start))));
        } else {
            st.fail(Failure.at(p.code(), start, p));
        }
        return -1;
    }

    private static boolean regionEquals(CharSequence s, int start, String code) {
        for (int k = 0; k < code.length(); k++) {
            if (s.charAt(start + k) != code.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int category(Part p, int index, CharSequence s, int pos, Scan st) {
        int n = s.length();
        int start = pos;
        int lastSep = -1;
        while (pos < n) {
            char c = s.charAt(pos);
            if (CategoryCode.isCodeChar(c)) {
                pos++;
            } else if (c == CategoryCode.LEVEL_SEPARATOR) {
                lastSep = pos++;
            } else {
                break;
            }
        }
        if (pos < n && !isSeparator(s.charAt(pos))) {
            st.fail(Failure.at(p.code(), pos, p));
            return -1;
        }
        int end = pos;
        boolean nextUsesLevelSeparator = index + 1 < parts.length
                && parts[index + 1].separator == CategoryCode.LEVEL_SEPARATOR;
        if (nextUsesLevelSeparator) {
            // the last segment of the run belongs to the next part when it looks like it (a digit first, or the
            // next part's width): "KJ·JJ·2022" is KJ·JJ then 2022, while "KJ·KY-2022" lacks the "·" before 2022
            Part next = parts[index + 1];
            boolean looksNext = lastSep >= 0 && lastSep + 1 < pos
                    && (Character.isDigit(s.charAt(lastSep + 1)) || pos - lastSep - 1 == next.maxWidth);
            if (!looksNext) {
                st.fail(new Failure("CD-1015", pos, next, CategoryCode.LEVEL_SEPARATOR, null));
                return -1;
            }
            end = lastSep;
        }
        int bad = firstBadCategoryChar(s, start, end);
        if (bad >= 0) {
            st.fail(Failure.at(p.code(), bad, p));
            return -1;
        }
        Category c = categories.find(s, start, end);
        if (c == null) {
            int levelStart = start;
            for (int k = start; k <= end; k++) {
                if (k == end || s.charAt(k) == CategoryCode.LEVEL_SEPARATOR) {
                    if (categories.find(s, start, k) == null) {
                        break;
                    }
                    levelStart = k + 1;
                }
            }
            st.fail(new Failure("CD-1005", levelStart, p, '\0', s.subSequence(start, end).toString()));
            return -1;
        }
        st.category = c;
        return end;
    }

    /** The index of the first character that makes {@code s[from, to)} a malformed category code, or -1. */
    private static int firstBadCategoryChar(CharSequence s, int from, int to) {
        int levels = 1;
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == CategoryCode.LEVEL_SEPARATOR) {
                if (run == 0 || ++levels > CategoryCode.MAX_LEVELS) {
                    return i;
                }
                run = 0;
            } else if (++run > CategoryCode.MAX_LEVEL_LENGTH) {
                return i;
            }
        }
        return run == 0 ? to : -1;
    }

    /**
     * Writes a code of this template in canonical form.
     *
     * @param code the code, not null
     * @return the text, e.g. {@code Z109-WS·2011-Y-BGS-0001}
     * @throws CodeException (CD-1022) if the code belongs to another template
     */
    public String format(ArchivalCode code) {
        requireNonNull(code, "code");
        if (!code.template().name.equals(name)) {
            throw CodeException.of("CD-1022", code.toString(), code.template().name, name);
        }
        return write(code.fonds(), code.categoryOrNull(), code.yearValue(), code.periodOrNull(), code.orgOrNull(),
                code.catalogueValue(), code.volumeValue(), code.item());
    }

    String write(String fonds, @Nullable CategoryCode category, int year, @Nullable RetentionPeriod period,
                 @Nullable String org, int catalogue, int volume, int item) {
        StringBuilder b = new StringBuilder(32);
        for (Part p : parts) {
            if (p.kind == PartKind.ORG && org == null) {
                continue;
            }
            if (p.separator != '\0') {
                b.append(p.separator);
            }
            switch (p.kind) {
                case FONDS:
                    b.append(fonds);
                    break;
                case CATEGORY:
                    b.append(category);
                    break;
                case YEAR:
                    pad(b, year, 4);
                    break;
                case PERIOD:
                    b.append(requireNonNull(period).code());
                    break;
                case ORG:
                    b.append(org);
                    break;
                case CATALOGUE:
                    pad(b, catalogue, p.maxWidth);
                    break;
                case VOLUME:
                    pad(b, volume, p.maxWidth);
                    break;
                default:
                    pad(b, item, p.maxWidth);
                    break;
            }
        }
        return b.toString();
    }

    private static void pad(StringBuilder b, int v, int width) {
        int digits = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : String.valueOf(v).length();
        for (int k = digits; k < width; k++) {
            b.append('0');
        }
        b.append(v);
    }

    @Nullable Part part(PartKind kind) {
        for (Part p : parts) {
            if (p.kind == kind) {
                return p;
            }
        }
        return null;
    }

    Part itemPart() {
        return parts[parts.length - 1];
    }

    Part[] partArray() {
        return parts.clone();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CodeTemplate)) {
            return false;
        }
        CodeTemplate t = (CodeTemplate) o;
        return signature.equals(t.signature) && categories.equals(t.categories);
    }

    @Override
    public int hashCode() {
        return signature.hashCode();
    }

    /** The name and pattern, e.g. {@code da-t-22 全宗号-门类代码·年度-保管期限[-机构（问题）代码]-件号}. */
    @Override
    public String toString() {
        return name + " " + pattern();
    }

    /** Scanner state of one parse; package-private, never shared between threads. */
    static final class Scan {
        int fondsStart;
        int fondsEnd = -1;
        @Nullable Category category;
        int year;
        @Nullable RetentionPeriod period;
        int orgStart = -1;
        int orgEnd;
        int catalogue;
        int volume;
        int item;
        int number;
        @Nullable Failure failure;

        void fail(Failure f) {
            if (failure == null || f.index() >= failure.index()) {
                failure = f;
            }
        }
    }

    record Spec(PartKind kind, char separator, int min, int max, boolean optional, String labelZh, String labelEn) {
    }

    /**
     * Builds a {@link CodeTemplate}: parts in order, each after the {@link #separator(char)} that precedes it.
     * The 件号 part comes last. Not thread-safe.
     */
    public static final class Builder {
        private final String name;
        private final List<Spec> specs = new ArrayList<>();
        private char pending;
        private CategoryRegistry categories = CategoryRegistry.defaults();
        private int minYear = 1900;
        private int maxYear = 2999;
        private List<RetentionPeriod> periods = List.of(RetentionPeriod.PERMANENT, RetentionPeriod.D30,
                RetentionPeriod.D10);

        private Builder(String name) {
            this.name = name;
        }

        /**
         * The separator written before the next part, e.g. {@code '-'} or {@code '·'}.
         *
         * @param c a character that is not a capital letter, a digit, white space or a control character
         * @return this builder
         */
        public Builder separator(char c) {
            this.pending = c;
            return this;
        }

        private Builder add(PartKind kind, int min, int max, boolean optional, String zh, String en) {
            specs.add(new Spec(kind, pending, min, max, optional, zh, en));
            pending = '\0';
            return this;
        }

        /**
         * A 全宗号 of {@code min} to {@code max} capital letters or digits.
         *
         * @param min at least 1
         * @param max at most 8, not below {@code min}
         * @return this builder
         */
        public Builder fonds(int min, int max) {
            return add(PartKind.FONDS, min, max, false, PartKind.FONDS.label(), PartKind.FONDS.labelEn());
        }

        /** A 门类代码 checked against {@link #categories(CategoryRegistry)}. */
        public Builder category() {
            return add(PartKind.CATEGORY, 1, 14, false, PartKind.CATEGORY.label(), PartKind.CATEGORY.labelEn());
        }

        /** A four-digit 年度 within {@link #years(int, int)}. */
        public Builder year() {
            return add(PartKind.YEAR, 4, 4, false, PartKind.YEAR.label(), PartKind.YEAR.labelEn());
        }

        /** A 保管期限 code among {@link #periods(List)}. */
        public Builder period() {
            return add(PartKind.PERIOD, 1, 4, false, PartKind.PERIOD.label(), PartKind.PERIOD.labelEn());
        }

        /**
         * An optional 机构(问题)代码 of {@code min} to {@code max} capital letters or digits.
         *
         * @param min at least 1
         * @param max at most 8
         * @return this builder
         */
        public Builder org(int min, int max) {
            return add(PartKind.ORG, min, max, true, PartKind.ORG.label(), PartKind.ORG.labelEn());
        }

        /**
         * A zero-padded 目录号 of {@code width} digits.
         *
         * @param width 1 to 6
         * @return this builder
         */
        public Builder catalogue(int width) {
            return add(PartKind.CATALOGUE, width, width, false, PartKind.CATALOGUE.label(),
                    PartKind.CATALOGUE.labelEn());
        }

        /**
         * A zero-padded 案卷号 of {@code width} digits.
         *
         * @param width 1 to 6
         * @return this builder
         */
        public Builder volume(int width) {
            return add(PartKind.VOLUME, width, width, false, PartKind.VOLUME.label(), PartKind.VOLUME.labelEn());
        }

        /**
         * The zero-padded 件号 of {@code width} digits (the last part).
         *
         * @param width 1 to 6
         * @return this builder
         */
        public Builder item(int width) {
            return add(PartKind.ITEM, width, width, false, PartKind.ITEM.label(), PartKind.ITEM.labelEn());
        }

        /**
         * The zero-padded 顺序号 of a legacy 卷-style code (an {@link PartKind#ITEM} part, named 顺序号).
         *
         * @param width 1 to 6
         * @return this builder
         */
        public Builder sequence(int width) {
            return add(PartKind.ITEM, width, width, false, "顺序号", "sequence number");
        }

        /**
         * The categories the template accepts (default {@link CategoryRegistry#defaults()}).
         *
         * @param registry the registry, not null
         * @return this builder
         */
        public Builder categories(CategoryRegistry registry) {
            this.categories = requireNonNull(registry, "registry");
            return this;
        }

        /**
         * The plausible range of 年度 (default 1900 to 2999).
         *
         * @param min the earliest year, 1000 or later
         * @param max the latest year, 9999 or earlier, not before {@code min}
         * @return this builder
         */
        public Builder years(int min, int max) {
            this.minYear = min;
            this.maxYear = max;
            return this;
        }

        /**
         * The periods the template accepts (default Y, D30, D10: DA/T 22-2015 5.4.3 c)). Only fixed and permanent
         * periods can appear in a code.
         *
         * @param periods the periods, not null, not empty
         * @return this builder
         */
        public Builder periods(List<RetentionPeriod> periods) {
            this.periods = List.copyOf(requireNonNull(periods, "periods"));
            return this;
        }

        /**
         * Builds the template.
         *
         * @return the template
         * @throws CodeException (CD-1031) if the definition is inconsistent: a bad name, a missing or misplaced
         *                       separator, a repeated part, a width out of range, no 件号 or not last, an optional
         *                       part after the 门类代码 separated by {@code ·}, an empty or event-based period list, a
         *                       bad year range
         */
        public CodeTemplate build() {
            if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw invalid("name");
            }
            if (specs.size() < 2 || specs.get(specs.size() - 1).kind() != PartKind.ITEM) {
                throw invalid("the 件号 part must be the last of at least two parts");
            }
            Set<PartKind> seen = EnumSet.noneOf(PartKind.class);
            for (int i = 0; i < specs.size(); i++) {
                Spec s = specs.get(i);
                if (!seen.add(s.kind())) {
                    throw invalid("part " + s.kind() + " repeated");
                }
                boolean first = i == 0;
                char c = s.separator();
                if (first != (c == '\0')) {
                    throw invalid(first ? "no separator before the first part" : "separator missing before " + s.kind());
                }
                if (!first && (CategoryCode.isCodeChar(c) || Character.isWhitespace(c) || Character.isISOControl(c)
                        || Character.isSurrogate(c) || (c >= 'a' && c <= 'z'))) {
                    throw invalid("separator " + c);
                }
                int maxAllowed = s.kind() == PartKind.FONDS || s.kind() == PartKind.ORG ? 8 : 6;
                if (s.kind() != PartKind.CATEGORY && s.kind() != PartKind.YEAR && s.kind() != PartKind.PERIOD
                        && (s.min() < 1 || s.max() < s.min() || s.max() > maxAllowed)) {
                    throw invalid("width of " + s.kind());
                }
                if (s.kind() == PartKind.CATEGORY && i + 1 < specs.size() && specs.get(i + 1).optional()
                        && specs.get(i + 1).separator() == CategoryCode.LEVEL_SEPARATOR) {
                    throw invalid("an optional part after the category may not use the level separator");
                }
            }
            if (periods.isEmpty() || periods.stream().anyMatch(p -> p.kind() == RetentionPeriod.Kind.AFTER_EVENT)
                    || new LinkedHashSet<>(periods).size() != periods.size()) {
                throw invalid("periods");
            }
            if (minYear < 1000 || maxYear > 9999 || maxYear < minYear) {
                throw invalid("years");
            }
            Part[] parts = new Part[specs.size()];
            for (int i = 0; i < parts.length; i++) {
                Spec s = specs.get(i);
                parts[i] = new Part(s.kind(), s.separator(), s.min(), s.max(), s.optional(), s.labelZh(), s.labelEn(),
                        describe(s, true), describe(s, false));
            }
            return new CodeTemplate(this, parts);
        }

        private String describe(Spec s, boolean zh) {
            String label = zh ? s.labelZh() : s.labelEn();
            String widths = s.min() == s.max() ? String.valueOf(s.min()) : s.min() + "–" + s.max();
            String codes = periods.stream().map(RetentionPeriod::code).reduce((a, b) -> a + (zh ? "、" : ", ") + b)
                    .orElse("");
            String max = "9".repeat(Math.max(1, s.max()));
            String one = "0".repeat(Math.max(0, s.max() - 1)) + "1";
            switch (s.kind()) {
                case FONDS:
                case ORG:
                    return zh ? label + "（" + widths + " 位大写字母或数字）"
                            : label + " (" + widths + " capital letters or digits)";
                case CATEGORY:
                    return zh ? label + "（门类代码表中的代码，如 WS、KJ·JJ）"
                            : label + " (a code of the category registry, e.g. WS, KJ·JJ)";
                case YEAR:
                    return zh ? label + "（4 位数字，" + minYear + "–" + maxYear + "）"
                            : label + " (4 digits, " + minYear + "–" + maxYear + ")";
                case PERIOD:
                    return zh ? label + "代码（" + codes + "）" : label + " code (" + codes + ")";
                case ITEM:
                    return zh ? label + "（" + widths + " 位数字，" + one + "–" + max + "）"
                            : label + " (" + widths + " digits, " + one + "–" + max + ")";
                default:
                    return zh ? label + "（" + widths + " 位数字，从 " + one + " 起）"
                            : label + " (" + widths + " digits, from " + one + ")";
            }
        }

        private CodeException invalid(String what) {
            return CodeException.of("CD-1031", name, what);
        }
    }
}
