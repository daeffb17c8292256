package org.cundang.arrange;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.cundang.code.SequenceScope;

/**
 * Puts catalogued items into boxes (装盒, DA/T 22-2015 6.4): one box holds one class (全宗, 门类, 年度, 保管期限 and
 * 机构/问题 where used; DOMAIN.md §3.3, S/R), the 件号 run on in order, and a box is closed when the next item would
 * not fit its spine ({@link BoxingRules}). Each box gets its 盒号 and the 起止件号 of its contents.
 *
 * <p>Findings: CD-3120 (error) an entry whose 档号 does not parse or whose 页数 is missing, not boxed; CD-3121 (error)
 * a 档号 that appears twice, the second not boxed; CD-3122 (warning) an item thicker than a box, boxed alone in the
 * thickest; CD-3123 (warning) a gap in the 件号 of a class (the box range then spans the gap).
 *
 * <p>Immutable and thread-safe.
 */
public final class Boxer {

    private final BoxingRules rules;
    private final CodeTemplate template;

    private Boxer(BoxingRules rules, CodeTemplate template) {
        this.rules = rules;
        this.template = template;
    }

    /**
     * A boxer.
     *
     * @param rules    the rules, not null
     * @param template the template the 档号 are written with, not null
     * @return the boxer
     */
    public static Boxer of(BoxingRules rules, CodeTemplate template) {
        return new Boxer(requireNonNull(rules, "rules"), requireNonNull(template, "template"));
    }

    /** The rules. */
    public BoxingRules rules() {
        return rules;
    }

    /**
     * Boxes a catalogue.
     *
     * @param entries the 目录 rows, in any order, not null, no null elements
     * @return the boxes in 档号 order and the findings
     */
    public Boxing box(List<CatalogueEntry> entries) {
        requireNonNull(entries, "entries");
        List<Finding> findings = new ArrayList<>();
        Map<SequenceScope, TreeMap<Integer, Item>> byScope = new TreeMap<>();
        Set<ArchivalCode> seen = new HashSet<>();
        for (CatalogueEntry e : entries) {
            requireNonNull(e, "entry");
            String subject = e.code() == null ? "#" + e.sequence() : e.code();
            ArchivalCode code = e.archivalCode(template).orElse(null);
            if (code == null || e.pages() == null || e.pages() < 1) {
                findings.add(finding("CD-3120", Severity.ERROR, subject, String.valueOf(e.code()),
                        String.valueOf(e.pages())));
                continue;
            }
            if (!seen.add(code)) {
                findings.add(finding("CD-3121", Severity.ERROR, code.toString(), code.toString()));
                continue;
            }
            byScope.computeIfAbsent(code.scope(), k -> new TreeMap<>()).put(code.item(), new Item(code, e.pages()));
        }
        int largest = rules.spines().get(rules.spines().size() - 1);
        int fillSpine = rules.fixedSpine().orElse(largest);
        long capacity = rules.capacityMicrons(fillSpine);
        List<Box> boxes = new ArrayList<>();
        int number = 0;
        for (Map.Entry<SequenceScope, TreeMap<Integer, Item>> s : byScope.entrySet()) {
            if (rules.numbering() == BoxingRules.Numbering.PER_CLASS) {
                number = 0;
            }
            int expected = s.getValue().firstKey();
            List<Item> open = new ArrayList<>();
            long filled = 0;
            for (Item item : s.getValue().values()) {
                if (item.code.item() != expected) {
                    findings.add(finding("CD-3123", Severity.WARNING, s.getKey().key(), s.getKey().key(),
                            String.valueOf(expected), String.valueOf(item.code.item() - 1)));
                }
                expected = item.code.item() + 1;
                long t = rules.thicknessMicrons(item.pages);
                if (!open.isEmpty() && filled + t > capacity) {
                    boxes.add(close(++number, open, filled));
                    open = new ArrayList<>();
                    filled = 0;
                }
                if (t > capacity) {
                    findings.add(finding("CD-3122", Severity.WARNING, item.code.toString(), item.code.toString(),
                            mm(t), String.valueOf(fillSpine)));
                }
                open.add(item);
                filled += t;
            }
            if (!open.isEmpty()) {
                boxes.add(close(++number, open, filled));
            }
        }
        return new Boxing(boxes, findings);
    }

    private Box close(int number, List<Item> items, long filled) {
        int spine = rules.fixedSpine().orElse(0);
        if (spine == 0) {
            for (int s : rules.spines()) {
                spine = s;
                if (rules.capacityMicrons(s) >= filled) {
                    break;
                }
            }
        }
        List<ArchivalCode> codes = new ArrayList<>(items.size());
        long pages = 0;
        for (Item i : items) {
            codes.add(i.code);
            pages += i.pages;
        }
        return new Box(number, spine, codes.get(0), codes.get(codes.size() - 1), codes, pages);
    }

    static String mm(long microns) {
        return String.format(java.util.Locale.ROOT, "%.1f", microns / 1000.0);
    }

    static Finding finding(String code, Severity severity, String subject, Object... args) {
        Map<String, Object> details = new LinkedHashMap<>();
        return new Finding(code, severity, subject, ArrangeException.MESSAGES.text(code, args), details);
    }

    private static final class Item {
        final ArchivalCode code;
        final int pages;

        Item(ArchivalCode code, int pages) {
            this.code = code;
            this.pages = pages;
        }
    }
}
