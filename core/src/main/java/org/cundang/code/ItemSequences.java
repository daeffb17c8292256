package org.cundang.code;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cundang.Finding;
import org.cundang.LocalizedText;
import org.cundang.Severity;

/**
 * 件号 sequences: allocating the next 件号 in a {@link SequenceScope}, and checking a set of codes for gaps and
 * duplicates. 件号 run consecutively from 1 inside the lowest class (DA/T 22-2015 5.4.3 e), V; DOMAIN.md §3.3), and
 * 档号 are unique (5.4.1, V); DA/T 70-2018 lists "连续编号项无漏号" among the 完整性 checks (S).
 *
 * <p>The check reports every problem, never only the first (STYLE.md 11): each run of missing numbers between 1
 * and the largest number used in a scope (CD-1050), each code used more than once (CD-1051), and, when checking
 * text, each line that is not a code (CD-1052). All are {@link Severity#ERROR}s. Findings come in a fixed order:
 * unreadable lines by line number, then scope by scope in 档号 order, and inside a scope by 件号.
 *
 * <p>Allocation gives the number after the largest one used; it does not fill gaps, since 件号 follow the order of
 * the files (5.3.1, 按时间结合事由) and a gap is an error to correct, not a free slot. Immutable and thread-safe.
 */
public final class ItemSequences {

    private final CodeTemplate template;

    private ItemSequences(CodeTemplate template) {
        this.template = template;
    }

    /**
     * Sequences of codes of one template (used to read text in {@link #checkText(List)}).
     *
     * @param template the template, not null
     * @return the sequences
     */
    public static ItemSequences of(CodeTemplate template) {
        return new ItemSequences(requireNonNull(template, "template"));
    }

    /** The template text is read with. */
    public CodeTemplate template() {
        return template;
    }

    /**
     * The next 件号 in a scope: one more than the largest used there (1 in an empty scope).
     *
     * @param scope the scope, not null
     * @param used  codes already used (of any scope; others are ignored), not null
     * @return the number
     * @throws CodeException (CD-1030) if the largest possible number (9999) is already used
     */
    public int nextItem(SequenceScope scope, Collection<ArchivalCode> used) {
        requireNonNull(scope, "scope");
        requireNonNull(used, "used");
        int max = 0;
        for (ArchivalCode c : used) {
            if (c.scope().equals(scope)) {
                max = Math.max(max, c.item());
            }
        }
        return next(scope, max);
    }

    /**
     * The next code in a scope: {@code scope.codeWith(nextItem(scope, used))}.
     *
     * @param scope the scope, not null
     * @param used  codes already used, not null
     * @return the code
     * @throws CodeException (CD-1030) if the scope is full
     */
    public ArchivalCode nextCode(SequenceScope scope, Collection<ArchivalCode> used) {
        return scope.codeWith(nextItem(scope, used));
    }

    private static int next(SequenceScope scope, int max) {
        int limit = scope.template().maxItem();
        if (max >= limit) {
            throw CodeException.of("CD-1030", scope.key(), String.valueOf(limit));
        }
        return max + 1;
    }

    /**
     * An allocator that remembers what it handed out, for filing many items in one go. Not thread-safe.
     *
     * @param used codes already used, not null
     * @return the allocator
     */
    public Allocator allocator(Collection<ArchivalCode> used) {
        Map<SequenceScope, Integer> max = new HashMap<>();
        for (ArchivalCode c : requireNonNull(used, "used")) {
            max.merge(c.scope(), c.item(), Math::max);
        }
        return new Allocator(max);
    }

    /** Allocates 件号 scope by scope; each call returns a new number. Not thread-safe. */
    public static final class Allocator {
        private final Map<SequenceScope, Integer> max;

        private Allocator(Map<SequenceScope, Integer> max) {
            this.max = max;
        }

        /**
         * The next code in a scope, remembered as used.
         *
         * @param scope the scope, not null
         * @return the code
         * @throws CodeException (CD-1030) if the scope is full
         */
        public ArchivalCode next(SequenceScope scope) {
            requireNonNull(scope, "scope");
            int n = ItemSequences.next(scope, max.getOrDefault(scope, 0));
            max.put(scope, n);
            return scope.codeWith(n);
        }
    }

    /**
     * Checks codes for gaps and duplicates, per scope.
     *
     * @param codes the codes, not null, no null elements
     * @return every gap (CD-1050) and duplicate (CD-1051), in the order described above; empty if none
     */
    public List<Finding> check(Collection<ArchivalCode> codes) {
        requireNonNull(codes, "codes");
        Map<ArchivalCode, List<Integer>> positions = new LinkedHashMap<>();
        int n = 0;
        for (ArchivalCode c : codes) {
            positions.computeIfAbsent(requireNonNull(c, "codes[]"), x -> new ArrayList<>()).add(++n);
        }
        return checkPositions(positions, false);
    }

    /**
     * Reads one code per line with the template (strictly; blank lines are skipped) and checks them.
     *
     * @param lines the lines, not null; a null element counts as a blank line
     * @return every unreadable line (CD-1052, with the parse error's code in the details), then every gap and
     *         duplicate; empty if none
     */
    public List<Finding> checkText(List<? extends CharSequence> lines) {
        requireNonNull(lines, "lines");
        List<Finding> out = new ArrayList<>();
        Map<ArchivalCode, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            CharSequence line = lines.get(i);
            if (line == null || line.toString().isBlank()) {
                continue;
            }
            String s = line.toString().strip();
            try {
                positions.computeIfAbsent(template.parse(s), x -> new ArrayList<>()).add(i + 1);
            } catch (CodeParseException e) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("line", i + 1);
                d.put("text", s.length() > 100 ? s.substring(0, 100) : s);
                d.put("error", e.code());
                d.put("index", e.errorIndex());
                LocalizedText t = CodeException.text("CD-1052", e.text().zh(), e.text().en(), String.valueOf(i + 1));
                out.add(new Finding("CD-1052", Severity.ERROR, CodeException.shown(s), t, d));
            }
        }
        out.addAll(checkPositions(positions, true));
        return out;
    }

    private static List<Finding> checkPositions(Map<ArchivalCode, List<Integer>> positions, boolean lines) {
        Map<SequenceScope, TreeMap<Integer, ArchivalCode>> byScope = new TreeMap<>();
        for (ArchivalCode c : positions.keySet()) {
            byScope.computeIfAbsent(c.scope(), s -> new TreeMap<>()).put(c.item(), c);
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<SequenceScope, TreeMap<Integer, ArchivalCode>> e : byScope.entrySet()) {
            SequenceScope scope = e.getKey();
            int expected = 1;
            for (Map.Entry<Integer, ArchivalCode> item : e.getValue().entrySet()) {
                int number = item.getKey();
                if (number > expected) {
                    out.add(gap(scope, expected, number - 1));
                }
                List<Integer> at = positions.get(item.getValue());
                if (at.size() > 1) {
                    out.add(duplicate(scope, item.getValue(), at, lines));
                }
                expected = number + 1;
            }
        }
        return out;
    }

    private static Finding gap(SequenceScope scope, int from, int to) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("scope", scope.key());
        d.put("from", from);
        d.put("to", to);
        d.put("count", to - from + 1);
        String f = scope.codeWith(from).toString();
        String t = scope.codeWith(to).toString();
        d.put("firstMissing", f);
        d.put("lastMissing", t);
        char sep = scope.template().itemPart().separator;
        String a = f.substring(f.lastIndexOf(sep) + 1);
        String b = t.substring(t.lastIndexOf(sep) + 1);
        LocalizedText text = from == to
                ? CodeException.MESSAGES.text("CD-1050.one", scope.key(), a)
                : CodeException.MESSAGES.text("CD-1050", scope.key(), a, b, String.valueOf(to - from + 1));
        return new Finding("CD-1050", Severity.ERROR, scope.key(), text, d);
    }

    private static Finding duplicate(SequenceScope scope, ArchivalCode code, List<Integer> at, boolean lines) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("scope", scope.key());
        d.put("code", code.toString());
        d.put("item", code.item());
        d.put("count", at.size());
        d.put(lines ? "lines" : "positions", List.copyOf(at));
        return new Finding("CD-1051", Severity.ERROR, code.toString(),
                CodeException.MESSAGES.text("CD-1051", code.toString(), String.valueOf(at.size())), d);
    }
}
