package org.cundang.custody.handover;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a 交接清单 with what was found, item by item. For each 档号:
 * <ul>
 *   <li>listed and not found: {@link DifferenceKind#MISSING};</li>
 *   <li>found and recorded as destroyed: {@link DifferenceKind#DESTROYED};</li>
 *   <li>found, neither listed nor destroyed: {@link DifferenceKind#EXTRA};</li>
 *   <li>found more than once: {@link DifferenceKind#DUPLICATE} (once, besides any other difference);</li>
 *   <li>listed, found, with a note: {@link DifferenceKind#NOTED} (the notes of several counts are joined).</li>
 * </ul>
 * The differences come in 档号 order, then in the order of the kinds. Stateless.
 */
public final class HandoverDiff {

    private HandoverDiff() {
    }

    /**
     * The differences.
     *
     * @param inventory the 交接清单, not null
     * @param found     what was found, in the order counted, not null
     * @return the differences; empty when everything listed was found once, with no note, and nothing else
     */
    public static List<Difference> compare(HandoverInventory inventory, List<FoundItem> found) {
        requireNonNull(inventory, "inventory");
        requireNonNull(found, "found");
        Map<String, List<FoundItem>> counted = new LinkedHashMap<>();
        for (FoundItem f : found) {
            counted.computeIfAbsent(requireNonNull(f, "found item").code(), k -> new ArrayList<>()).add(f);
        }
        Set<String> destroyed = new HashSet<>(inventory.destroyed());
        Map<String, InventoryLine> listed = new LinkedHashMap<>();
        inventory.lines().forEach(l -> listed.put(l.code(), l));
        List<Difference> out = new ArrayList<>();
        for (InventoryLine l : inventory.lines()) {
            if (!counted.containsKey(l.code())) {
                out.add(new Difference(l.code(), DifferenceKind.MISSING, l.title(), null));
            }
        }
        for (Map.Entry<String, List<FoundItem>> e : counted.entrySet()) {
            String code = e.getKey();
            String note = notes(e.getValue());
            InventoryLine l = listed.get(code);
            if (l != null) {
                if (note != null) {
                    out.add(new Difference(code, DifferenceKind.NOTED, l.title(), note));
                }
            } else if (destroyed.contains(code)) {
                out.add(new Difference(code, DifferenceKind.DESTROYED, null, note));
            } else {
                out.add(new Difference(code, DifferenceKind.EXTRA, null, note));
            }
            if (e.getValue().size() > 1) {
                out.add(new Difference(code, DifferenceKind.DUPLICATE, l == null ? null : l.title(),
                        String.valueOf(e.getValue().size())));
            }
        }
        out.sort(Comparator.comparing(Difference::code).thenComparing(Difference::kind));
        return List.copyOf(out);
    }

    private static @org.jspecify.annotations.Nullable String notes(List<FoundItem> fs) {
        List<String> ns = fs.stream().map(FoundItem::note).filter(java.util.Objects::nonNull).distinct().toList();
        return ns.isEmpty() ? null : String.join("；", ns);
    }
}
