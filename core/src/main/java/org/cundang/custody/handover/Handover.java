package org.cundang.custody.handover;

import static java.util.Objects.requireNonNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cundang.internal.json.HandoverJson;
import org.cundang.internal.report.HandoverHtml;
import org.cundang.internal.text.FieldText;
import org.jspecify.annotations.Nullable;

/**
 * A signed handover (离任交接): the 交接清单, what the incoming custodian found, the differences (always computed from
 * the two lists by {@link HandoverDiff}, never taken on trust), and who signed: the outgoing custodian (移交人), the
 * incoming one (接收人) and a third person who supervises or witnesses (监交人), three different people. Kept for ever
 * as a custody record of kind {@code handover}. Immutable.
 */
public final class Handover {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,79}");

    private final String id;
    private final HandoverInventory inventory;
    private final List<FoundItem> found;
    private final List<Difference> differences;
    private final String outgoing;
    private final String incoming;
    private final String supervisor;
    private final LocalDate date;
    private final @Nullable String remarks;

    private Handover(String id, HandoverInventory inventory, List<FoundItem> found, String outgoing, String incoming,
                     String supervisor, LocalDate date, @Nullable String remarks) {
        this.id = id;
        this.inventory = inventory;
        this.found = found;
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.supervisor = supervisor;
        this.date = date;
        this.remarks = remarks;
        this.differences = HandoverDiff.compare(inventory, found);
    }

    /**
     * A signed handover.
     *
     * @param id         the record's id: 1–80 of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit
     * @param inventory  the 交接清单, not null
     * @param found      what was found, not null, at most {@link HandoverInventory#MAX_LINES}
     * @param outgoing   移交人, not blank
     * @param incoming   接收人, not blank
     * @param supervisor 监交人 (supervisor or witness), not blank
     * @param date       交接日期, not before the inventory's day, not null
     * @param remarks    备注, or null
     * @return the handover
     * @throws HandoverException CD-8056 (a bad id, name or remark), CD-8057 (outgoing and incoming are the same
     *                           person), CD-8058 (the supervisor is one of them), CD-8060 (too many found items, or a
     *                           date before the inventory's)
     */
    public static Handover of(String id, HandoverInventory inventory, List<FoundItem> found, String outgoing,
                              String incoming, String supervisor, LocalDate date, @Nullable String remarks) {
        requireNonNull(id, "id");
        requireNonNull(inventory, "inventory");
        List<FoundItem> fs = List.copyOf(requireNonNull(found, "found"));
        requireNonNull(date, "date");
        if (!ID.matcher(id).matches()) {
            throw HandoverException.of("CD-8056", "id", FieldText.printable(id), "80");
        }
        String out = HandoverException.FIELDS.required(outgoing, "outgoing", FieldText.SHORT);
        String in = HandoverException.FIELDS.required(incoming, "incoming", FieldText.SHORT);
        String sup = HandoverException.FIELDS.required(supervisor, "supervisor", FieldText.SHORT);
        String rem = HandoverException.FIELDS.optional(remarks, "remarks", FieldText.LONG);
        if (FieldText.samePerson(out, in)) {
            throw HandoverException.of("CD-8057", out);
        }
        if (FieldText.samePerson(sup, out) || FieldText.samePerson(sup, in)) {
            throw HandoverException.of("CD-8058", sup);
        }
        if (fs.size() > HandoverInventory.MAX_LINES) {
            throw HandoverException.of("CD-8060", String.valueOf(fs.size()), inventory.asOf().toString());
        }
        if (date.isBefore(inventory.asOf())) {
            throw HandoverException.of("CD-8060", date.toString(), inventory.asOf().toString());
        }
        return new Handover(id, inventory, fs, out, in, sup, date, rem);
    }

    /** @return the record's id */
    public String id() {
        return id;
    }

    /** @return the 交接清单 */
    public HandoverInventory inventory() {
        return inventory;
    }

    /** @return what was found, in the order counted */
    public List<FoundItem> found() {
        return found;
    }

    /** @return the differences, in 档号 order (see {@link HandoverDiff}) */
    public List<Difference> differences() {
        return differences;
    }

    /**
     * @param kind a kind, not null
     * @return the differences of that kind
     */
    public List<Difference> differences(DifferenceKind kind) {
        requireNonNull(kind, "kind");
        return differences.stream().filter(d -> d.kind() == kind).toList();
    }

    /** @return whether what was found matches the list exactly (no difference at all) */
    public boolean isClean() {
        return differences.isEmpty();
    }

    /** @return 移交人 */
    public String outgoing() {
        return outgoing;
    }

    /** @return 接收人 */
    public String incoming() {
        return incoming;
    }

    /** @return 监交人 */
    public String supervisor() {
        return supervisor;
    }

    /** @return 交接日期 */
    public LocalDate date() {
        return date;
    }

    /** @return 备注, or null */
    public @Nullable String remarks() {
        return remarks;
    }

    /**
     * The handover as a JSON document (the body of the custody record): the inventory, the found list, the
     * differences and the signatures.
     *
     * @return the JSON text
     */
    public String toJson() {
        return HandoverJson.write(this);
    }

    /**
     * Reads a handover written by {@link #toJson()}; the differences are computed again from the two lists.
     *
     * @param json the document, not null
     * @return the handover
     * @throws HandoverException CD-8061 when the document is not a handover, or the codes of {@link #of}
     */
    public static Handover fromJson(String json) {
        requireNonNull(json, "json");
        try {
            return HandoverJson.readHandover(json);
        } catch (HandoverException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw HandoverException.unreadable("handover", e);
        }
    }

    /**
     * The signed 交接清单 as a printable page: the list with the count result per line, the difference table and the
     * three signatures (every value escaped).
     *
     * @param locale the labels' language: English for {@code en}, Chinese otherwise, not null
     * @return the HTML document
     */
    public String html(Locale locale) {
        return HandoverHtml.render(inventory, this, requireNonNull(locale, "locale"));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Handover h && id.equals(h.id) && inventory.equals(h.inventory) && found.equals(h.found)
                && outgoing.equals(h.outgoing) && incoming.equals(h.incoming) && supervisor.equals(h.supervisor)
                && date.equals(h.date) && java.util.Objects.equals(remarks, h.remarks);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, inventory, found, outgoing, incoming, supervisor, date, remarks);
    }

    @Override
    public String toString() {
        return "Handover[" + id + ", " + inventory.fonds() + ", " + date + ", " + differences.size() + " differences]";
    }
}
