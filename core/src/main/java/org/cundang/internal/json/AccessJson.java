package org.cundang.internal.json;

import static org.cundang.internal.json.JsonDocs.bool;
import static org.cundang.internal.json.JsonDocs.dateTime;
import static org.cundang.internal.json.JsonDocs.optDate;
import static org.cundang.internal.json.JsonDocs.optText;
import static org.cundang.internal.json.JsonDocs.put;
import static org.cundang.internal.json.JsonDocs.text;
import static org.cundang.internal.json.JsonDocs.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.cundang.custody.access.AccessKind;
import org.cundang.custody.access.AccessRecord;
import org.cundang.custody.access.AccessRequest;
import org.cundang.custody.access.AccessReturn;
import org.cundang.custody.access.Requester;

/**
 * The JSON documents of the 查阅利用 register: an entry ({@code "schema": "cundang.access/1"}) and a return
 * ({@code "schema": "cundang.access-return/1"}); the shapes are described in {@code docs/access-handover.md}.
 */
public final class AccessJson {

    /** The schema name of an entry. */
    public static final String RECORD_SCHEMA = "cundang.access/1";
    /** The schema name of a return. */
    public static final String RETURN_SCHEMA = "cundang.access-return/1";

    private AccessJson() {
    }

    /**
     * @param r the entry
     * @return its document
     */
    public static String write(AccessRecord r) {
        ObjectNode o = JsonDocs.object();
        o.put("schema", RECORD_SCHEMA);
        o.put("id", r.id());
        AccessRequest q = r.request();
        o.put("kind", q.kind().name());
        ObjectNode who = o.putObject("requester");
        who.put("name", q.requester().name());
        put(who, "idNumber", q.requester().idNumber());
        put(who, "organisation", q.requester().organisation());
        who.put("staff", q.requester().staff());
        q.codes().forEach(o.putArray("codes")::add);
        o.put("purpose", q.purpose());
        put(o, "approver", q.approver());
        put(o, "dueBack", q.dueBack() == null ? null : q.dueBack().toString());
        o.put("clerk", q.clerk());
        o.put("timeOut", r.timeOut().toString());
        return JsonDocs.write(o);
    }

    /**
     * @param json the document
     * @return the entry
     * @throws IOException when it is not an entry document
     */
    public static AccessRecord readRecord(String json) throws IOException {
        JsonNode n = JsonDocs.read(json, RECORD_SCHEMA);
        JsonNode who = n.get("requester");
        if (who == null || !who.isObject()) {
            throw new IOException("field \"requester\" missing");
        }
        Requester requester = new Requester(text(who, "name"), optText(who, "idNumber"), optText(who, "organisation"),
                bool(who, "staff"));
        AccessRequest q = new AccessRequest(requester, texts(n, "codes"), text(n, "purpose"),
                AccessKind.valueOf(text(n, "kind")), optText(n, "approver"), optDate(n, "dueBack"), text(n, "clerk"));
        return new AccessRecord(text(n, "id"), q, dateTime(n, "timeOut"));
    }

    /**
     * @param r the return
     * @return its document
     */
    public static String write(AccessReturn r) {
        ObjectNode o = JsonDocs.object();
        o.put("schema", RETURN_SCHEMA);
        o.put("id", r.id());
        o.put("loanId", r.loanId());
        o.put("timeBack", r.timeBack().toString());
        o.put("receivedBy", r.receivedBy());
        put(o, "note", r.note());
        return JsonDocs.write(o);
    }

    /**
     * @param json the document
     * @return the return
     * @throws IOException when it is not a return document
     */
    public static AccessReturn readReturn(String json) throws IOException {
        JsonNode n = JsonDocs.read(json, RETURN_SCHEMA);
        return new AccessReturn(text(n, "id"), text(n, "loanId"), dateTime(n, "timeBack"), text(n, "receivedBy"),
                optText(n, "note"));
    }
}
