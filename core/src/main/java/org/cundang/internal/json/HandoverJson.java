package org.cundang.internal.json;

import static org.cundang.internal.json.JsonDocs.bool;
import static org.cundang.internal.json.JsonDocs.date;
import static org.cundang.internal.json.JsonDocs.integer;
import static org.cundang.internal.json.JsonDocs.optInteger;
import static org.cundang.internal.json.JsonDocs.optText;
import static org.cundang.internal.json.JsonDocs.put;
import static org.cundang.internal.json.JsonDocs.text;
import static org.cundang.internal.json.JsonDocs.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cundang.custody.handover.Difference;
import org.cundang.custody.handover.FoundItem;
import org.cundang.custody.handover.Handover;
import org.cundang.custody.handover.HandoverInventory;
import org.cundang.custody.handover.InventoryLine;

/**
 * The JSON documents of 离任交接: the inventory ({@code "schema": "cundang.handover-inventory/1"}) and the signed
 * handover ({@code "schema": "cundang.handover/1"}, embedding the inventory); shapes in {@code docs/access-handover.md}.
 * The differences are written for readers but recomputed when a handover is read.
 */
public final class HandoverJson {

    /** The schema name of an inventory. */
    public static final String INVENTORY_SCHEMA = "cundang.handover-inventory/1";
    /** The schema name of a handover. */
    public static final String HANDOVER_SCHEMA = "cundang.handover/1";

    private HandoverJson() {
    }

    /**
     * @param inv the inventory
     * @return its document
     */
    public static String write(HandoverInventory inv) {
        return JsonDocs.write(inventory(inv));
    }

    private static ObjectNode inventory(HandoverInventory inv) {
        ObjectNode o = JsonDocs.object();
        o.put("schema", INVENTORY_SCHEMA);
        o.put("fonds", inv.fonds());
        o.put("villageKeptOnly", inv.villageKeptOnly());
        o.put("asOf", inv.asOf().toString());
        o.put("items", inv.lines().size());
        o.put("pages", inv.pages());
        ArrayNode ls = o.putArray("lines");
        for (InventoryLine l : inv.lines()) {
            ObjectNode n = ls.addObject();
            n.put("code", l.code());
            n.put("title", l.title());
            if (l.year() == null) {
                n.putNull("year");
            } else {
                n.put("year", l.year());
            }
            n.put("period", l.period());
            n.put("pages", l.pages());
            l.files().forEach(n.putArray("files")::add);
        }
        inv.destroyed().forEach(o.putArray("destroyed")::add);
        return o;
    }

    /**
     * @param json the document
     * @return the inventory
     * @throws IOException when it is not an inventory document
     */
    public static HandoverInventory readInventory(String json) throws IOException {
        return inventory(JsonDocs.read(json, INVENTORY_SCHEMA));
    }

    private static HandoverInventory inventory(JsonNode n) throws IOException {
        if (!INVENTORY_SCHEMA.equals(n.path("schema").asText(""))) {
            throw new IOException("inventory schema is not " + INVENTORY_SCHEMA);
        }
        List<InventoryLine> lines = new ArrayList<>();
        for (JsonNode l : JsonDocs.array(n, "lines")) {
            lines.add(new InventoryLine(text(l, "code"), text(l, "title"), optInteger(l, "year"), text(l, "period"),
                    integer(l, "pages"), texts(l, "files")));
        }
        return new HandoverInventory(text(n, "fonds"), bool(n, "villageKeptOnly"), date(n, "asOf"), lines,
                texts(n, "destroyed"));
    }

    /**
     * @param h the handover
     * @return its document
     */
    public static String write(Handover h) {
        ObjectNode o = JsonDocs.object();
        o.put("schema", HANDOVER_SCHEMA);
        o.put("id", h.id());
        o.put("date", h.date().toString());
        o.put("outgoing", h.outgoing());
        o.put("incoming", h.incoming());
        o.put("supervisor", h.supervisor());
        put(o, "remarks", h.remarks());
        o.set("inventory", inventory(h.inventory()));
        ArrayNode fs = o.putArray("found");
        for (FoundItem f : h.found()) {
            ObjectNode n = fs.addObject();
            n.put("code", f.code());
            put(n, "note", f.note());
        }
        ArrayNode ds = o.putArray("differences");
        for (Difference d : h.differences()) {
            ObjectNode n = ds.addObject();
            n.put("code", d.code());
            n.put("kind", d.kind().name());
            put(n, "title", d.title());
            put(n, "note", d.note());
        }
        return JsonDocs.write(o);
    }

    /**
     * @param json the document
     * @return the handover
     * @throws IOException when it is not a handover document
     */
    public static Handover readHandover(String json) throws IOException {
        JsonNode n = JsonDocs.read(json, HANDOVER_SCHEMA);
        JsonNode inv = n.get("inventory");
        if (inv == null || !inv.isObject()) {
            throw new IOException("field \"inventory\" missing");
        }
        List<FoundItem> found = new ArrayList<>();
        for (JsonNode f : JsonDocs.array(n, "found")) {
            found.add(new FoundItem(text(f, "code"), optText(f, "note")));
        }
        return Handover.of(text(n, "id"), inventory(inv), found, text(n, "outgoing"), text(n, "incoming"),
                text(n, "supervisor"), date(n, "date"), optText(n, "remarks"));
    }
}
