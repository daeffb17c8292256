package org.cundang.custody.handover;

import static java.util.Objects.requireNonNull;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cundang.internal.json.HandoverJson;
import org.cundang.internal.report.HandoverHtml;
import org.cundang.internal.text.FieldText;

/**
 * The 交接清单: what the outgoing custodian holds, as the store knows it on a day. By the project's definition
 * (docs/access-handover.md) it lists every item of one 全宗 that has not been destroyed, or only the items the village
 * keeps itself (those the township does not keep under 村档乡管) when {@code villageKeptOnly}; the destroyed items of
 * the same selection are named apart, so that a destroyed item found on the shelf is reported as such.
 *
 * @param fonds           全宗号, not blank
 * @param villageKeptOnly whether only the village-kept items are listed
 * @param asOf            the day the list was drawn up, not null
 * @param lines           the items held, each 档号 once, not null
 * @param destroyed       the 档号 of destroyed items in the same selection, not among the lines, not null
 */
public record HandoverInventory(String fonds, boolean villageKeptOnly, LocalDate asOf, List<InventoryLine> lines,
                                List<String> destroyed) {

    /** The most lines (and destroyed items) in one inventory. */
    public static final int MAX_LINES = 200_000;

    /**
     * Validates the fields.
     *
     * @throws HandoverException CD-8056 (bad 全宗号), CD-8059 (an item listed twice, or both held and destroyed, or too
     *                           many)
     */
    public HandoverInventory {
        fonds = HandoverException.FIELDS.required(fonds, "fonds", FieldText.SHORT);
        requireNonNull(asOf, "asOf");
        lines = List.copyOf(requireNonNull(lines, "lines"));
        destroyed = List.copyOf(requireNonNull(destroyed, "destroyed"));
        if (lines.size() + destroyed.size() > MAX_LINES) {
            throw HandoverException.of("CD-8059", String.valueOf(lines.size() + destroyed.size()));
        }
        Set<String> seen = new HashSet<>();
        for (InventoryLine l : lines) {
            if (!seen.add(l.code())) {
                throw HandoverException.of("CD-8059", l.code());
            }
        }
        for (String d : destroyed) {
            if (!seen.add(requireNonNull(d, "destroyed code"))) {
                throw HandoverException.of("CD-8059", FieldText.printable(d));
            }
        }
    }

    /**
     * @param code a 档号, not null
     * @return its line, if listed
     */
    public Optional<InventoryLine> line(String code) {
        requireNonNull(code, "code");
        return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** @return the total of the lines' 页数 */
    public long pages() {
        return lines.stream().mapToLong(InventoryLine::pages).sum();
    }

    /**
     * The inventory as a JSON document (also embedded in a kept {@link Handover}).
     *
     * @return the JSON text
     */
    public String toJson() {
        return HandoverJson.write(this);
    }

    /**
     * Reads an inventory written by {@link #toJson()}.
     *
     * @param json the document, not null
     * @return the inventory
     * @throws HandoverException CD-8061 when the document is not an inventory, or the codes of the fields
     */
    public static HandoverInventory fromJson(String json) {
        requireNonNull(json, "json");
        try {
            return HandoverJson.readInventory(json);
        } catch (HandoverException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw HandoverException.unreadable("inventory", e);
        }
    }

    /**
     * The 交接清单 as a printable page to count against: every line with an empty 清点 column and empty signature lines
     * (every value escaped).
     *
     * @param locale the labels' language: English for {@code en}, Chinese otherwise, not null
     * @return the HTML document
     */
    public String html(Locale locale) {
        return HandoverHtml.render(this, null, requireNonNull(locale, "locale"));
    }
}
