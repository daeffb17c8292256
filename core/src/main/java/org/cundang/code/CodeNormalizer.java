package org.cundang.code;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cundang.code.CodeParseException.Failure;
import org.jspecify.annotations.Nullable;

/**
 * A lenient reader of 档号 for codes typed by people or imported from other systems. It repairs the common
 * variants and reports every repair as a {@link Change}:
 * <ul>
 *   <li>white space anywhere (including U+3000 and no-break space) is removed;
 *   <li>full-width letters, digits and signs ({@code Ｚ１０９－ＷＳ}) become ASCII;
 *   <li>lowercase letters become capitals;
 *   <li>dash variants (—, –, ‐, −, ﹣) become {@code -};
 *   <li>each separator ({@code -}, {@code .}, {@code •}, {@code ・}, {@code ･}, {@code ·} …) is written as the one the
 *       template has there: a {@code -} or {@code .} where {@code ·} belongs, and the reverse;
 *   <li>a 件号 (or 顺序号) with missing zero padding ({@code 1}) is padded ({@code 0001}).
 * </ul>
 * It never picks one reading among several: when the separators can be read in more than one way that gives a
 * valid code, it fails with CD-1040 and changes nothing. A text that is already valid is returned as it is, with
 * no changes. Other parts (全宗号, 机构) are never padded, because {@code 134} and {@code 0134} may be different
 * 全宗. Immutable and thread-safe.
 */
public final class CodeNormalizer {

    /** Inputs longer than this are refused (CD-1002), white space included. */
    public static final int MAX_INPUT_LENGTH = 1024;
    private static final int MAX_FLEXIBLE_SEPARATORS = 12;

    private final CodeTemplate template;

    private CodeNormalizer(CodeTemplate template) {
        this.template = template;
    }

    /**
     * A normaliser for one template.
     *
     * @param template the template, not null
     * @return the normaliser
     */
    public static CodeNormalizer of(CodeTemplate template) {
        return new CodeNormalizer(requireNonNull(template, "template"));
    }

    /** The template codes are read with. */
    public CodeTemplate template() {
        return template;
    }

    /**
     * Repairs and reads a code. Never throws for any text.
     *
     * @param text the text, may be null
     * @return the code and the list of repairs, or the failure (CD-1001 to CD-1016, CD-1040)
     */
    public Normalization normalize(@Nullable CharSequence text) {
        if (text == null || text.length() == 0) {
            return new Normalization("", null, CodeParseException.empty(), List.of());
        }
        String input = text.toString();
        if (input.length() > MAX_INPUT_LENGTH) {
            return new Normalization(input, null, CodeParseException.tooLong(input, MAX_INPUT_LENGTH), List.of());
        }
        CodeTemplate.Scan direct = new CodeTemplate.Scan();
        if (input.length() <= CodeTemplate.MAX_INPUT_LENGTH) {
            ArchivalCode code = template.scan(input, direct);
            if (code != null) {
                return new Normalization(input, code, null, List.of());
            }
        }
        List<Change> changes = new ArrayList<>();
        StringBuilder out = new StringBuilder(input.length());
        List<Integer> src = new ArrayList<>(input.length());
        List<Integer> flex = new ArrayList<>();
        List<Character> original = new ArrayList<>();
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B') {
                changes.add(new Change(Change.Kind.WHITESPACE, i, String.valueOf(c), ""));
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                char a = (char) (c - 0xFEE0);
                changes.add(new Change(Change.Kind.FULL_WIDTH, i, String.valueOf(c), String.valueOf(a)));
                c = a;
            }
            if (c >= 'a' && c <= 'z') {
                char u = (char) (c - 32);
                changes.add(new Change(Change.Kind.LOWER_CASE, i, String.valueOf(c), String.valueOf(u)));
                c = u;
            }
            if ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63".indexOf(c) >= 0) {
                changes.add(new Change(Change.Kind.DASH, i, String.valueOf(c), "-"));
                c = '-';
            }
            if (c == '-' || isDot(c)) {
                flex.add(out.length());
                original.add(c);
            }
            out.append(c);
            src.add(i);
        }
        padLastToken(out, src, flex, changes, input);

        int k = flex.size();
        char[] chars = out.toString().toCharArray();
        List<ArchivalCode> found = new ArrayList<>(2);
        List<char[]> foundChars = new ArrayList<>(2);
        Failure first = null;
        long combos = k > MAX_FLEXIBLE_SEPARATORS ? 1 : 1L << k;
        for (long mask = 0; mask < combos && found.size() < 2; mask++) {
            for (int j = 0; j < k; j++) {
                boolean preferDot = isDot(original.get(j));
                boolean flip = (mask & (1L << j)) != 0;
                chars[flex.get(j)] = preferDot != flip ? CategoryCode.LEVEL_SEPARATOR : '-';
            }
            String candidate = new String(chars);
            CodeTemplate.Scan st = new CodeTemplate.Scan();
            ArchivalCode code = candidate.length() <= CodeTemplate.MAX_INPUT_LENGTH && !candidate.isEmpty()
                    ? template.scan(candidate, st) : null;
            if (code != null) {
                found.add(code);
                foundChars.add(chars.clone());
            } else if (mask == 0) {
                first = st.failure;
            }
        }
        if (found.size() == 1) {
            char[] chosen = foundChars.get(0);
            for (int j = 0; j < k; j++) {
                int at = flex.get(j);
                char was = original.get(j);
                if (chosen[at] != was) {
                    changes.add(new Change(Change.Kind.SEPARATOR, src.get(at), String.valueOf(was),
                            String.valueOf(chosen[at])));
                }
            }
            return new Normalization(input, found.get(0), null, merge(changes));
        }
        if (found.size() > 1) {
            char[] a = foundChars.get(0);
            char[] b = foundChars.get(1);
            int at = 0;
            for (int j = 0; j < k; j++) {
                if (a[flex.get(j)] != b[flex.get(j)]) {
                    at = src.get(flex.get(j));
                    break;
                }
            }
            return new Normalization(input, null, CodeParseException.ambiguous(input, at, found.get(0).toString(),
                    found.get(1).toString()), List.of());
        }
        if (out.length() == 0) {
            return new Normalization(input, null, CodeParseException.empty(), List.of());
        }
        if (out.length() > CodeTemplate.MAX_INPUT_LENGTH) {
            return new Normalization(input, null, CodeParseException.tooLong(input, CodeTemplate.MAX_INPUT_LENGTH),
                    List.of());
        }
        Failure f = requireNonNull(first);
        int index = f.index() < src.size() ? src.get(f.index()) : input.length();
        return new Normalization(input, null, CodeParseException.of(input, f, index), List.of());
    }

    private static boolean isDot(char c) {
        return ".\u00B7\u2022\u30FB\uFF65\u2219\u22C5\u0387\u2027\u00B7".indexOf(c) >= 0;
    }

    /** Pads the last token (after the last separator) when it is all digits and shorter than the 件号 width. */
    private void padLastToken(StringBuilder out, List<Integer> src, List<Integer> flex, List<Change> changes,
                              String input) {
        if (flex.isEmpty()) {
            return;
        }
        int start = flex.get(flex.size() - 1) + 1;
        int len = out.length() - start;
        int width = template.itemPart().maxWidth;
        if (len < 1 || len >= width) {
            return;
        }
        for (int i = start; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c < '0' || c > '9') {
                return;
            }
        }
        String digits = out.substring(start);
        String padded = "0".repeat(width - len) + digits;
        int at = src.get(start);
        out.replace(start, out.length(), padded);
        for (int i = 0; i < width - len; i++) {
            src.add(start, at);
        }
        changes.add(new Change(Change.Kind.ZERO_PADDED, at, input.substring(at, src.get(src.size() - 1) + 1)
                .replaceAll("\\s", ""), padded));
    }

    /** Sorts by index and merges runs of the same kind of character-level repair. */
    private static List<Change> merge(List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(Change::index).thenComparing(Change::kind));
        List<Change> out = new ArrayList<>(sorted.size());
        for (Change c : sorted) {
            boolean merged = false;
            if (c.kind() == Change.Kind.WHITESPACE || c.kind() == Change.Kind.FULL_WIDTH
                    || c.kind() == Change.Kind.LOWER_CASE) {
                for (int j = out.size() - 1; j >= 0 && j >= out.size() - 3; j--) {
                    Change p = out.get(j);
                    if (p.kind() == c.kind() && p.index() + p.from().length() == c.index()) {
                        out.set(j, new Change(c.kind(), p.index(), p.from() + c.from(), p.to() + c.to()));
                        merged = true;
                        break;
                    }
                }
            }
            if (!merged) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }
}
