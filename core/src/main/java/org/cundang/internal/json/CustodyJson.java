package org.cundang.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cundang.custody.AppraisalDecision;
import org.cundang.custody.AppraisalReport;
import org.cundang.custody.DestructionCertificate;
import org.cundang.custody.DestructionList;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.retention.RetentionStatus;
import org.jspecify.annotations.Nullable;

/**
 * JSON for the custody documents kept as record bodies (鉴定意见书, 销毁清册 with its 销毁证明). Field names are
 * stable English keys; the Chinese labels are in the rendered pages. Reading is strict: a missing field fails.
 */
public final class CustodyJson {

    private CustodyJson() {
    }

    /**
     * Writes an appraisal report.
     *
     * @param r the report
     * @return the JSON
     */
    public static String write(AppraisalReport r) {
        ObjectNode o = JsonDocs.object();
        o.put("document", "appraisal");
        o.put("id", r.id());
        o.put("date", r.date().toString());
        o.put("fonds", r.fonds());
        o.put("unit", r.unit());
        ArrayNode g = o.putArray("group");
        r.group().forEach(g::add);
        ArrayNode items = o.putArray("items");
        for (AppraisalReport.Item i : r.items()) {
            ObjectNode n = items.addObject();
            n.put("code", i.code());
            n.put("title", i.title());
            n.put("year", i.year());
            n.put("currentPeriod", i.currentPeriod().code());
            decision(n, i.decision());
        }
        o.put("opinion", r.opinion());
        return JsonDocs.write(o);
    }

    /**
     * Reads an appraisal report.
     *
     * @param json the JSON
     * @return the report
     * @throws IllegalArgumentException when it is not one
     */
    public static AppraisalReport readAppraisal(String json) {
        JsonNode o = tree(json, "appraisal");
        List<AppraisalReport.Item> items = new ArrayList<>();
        for (JsonNode n : array(o, "items")) {
            items.add(new AppraisalReport.Item(str(n, "code"), str(n, "title"), num(n, "year"),
                    RetentionPeriod.parse(str(n, "currentPeriod")), decision(n)));
        }
        return new AppraisalReport(str(o, "id"), LocalDate.parse(str(o, "date")), str(o, "fonds"), str(o, "unit"),
                strings(o, "group"), items, str(o, "opinion"));
    }

    /**
     * Writes a destruction certificate with its list.
     *
     * @param c the certificate
     * @return the JSON
     */
    public static String write(DestructionCertificate c) {
        ObjectNode o = JsonDocs.object();
        o.put("document", "destruction");
        o.put("id", c.id());
        o.put("fonds", c.fonds());
        o.put("unit", c.unit());
        o.put("appraisal", c.appraisalId());
        o.put("destroyedOn", c.destroyedOn().toString());
        o.put("method", c.method());
        o.put("place", c.place());
        DestructionList l = c.list();
        ArrayNode es = o.putArray("entries");
        for (DestructionList.Entry e : l.entries()) {
            ObjectNode n = es.addObject();
            n.put("title", e.title());
            n.put("code", e.code());
            n.put("fromYear", e.fromYear());
            n.put("toYear", e.toYear());
            n.put("period", e.period().code());
            n.put("accounting", e.accounting());
            n.put("status", e.status().name());
            n.put("yearsKept", e.yearsKept(c.destroyedOn()));
            ArrayNode hs = n.putArray("holds");
            for (RetentionHold h : e.holds()) {
                ObjectNode hn = hs.addObject();
                hn.put("reason", h.reason());
                hn.put("since", h.since().toString());
                hn.put("until", h.end().map(LocalDate::toString).orElse(null));
            }
            if (e.decision() != null) {
                decision(n, e.decision());
            }
        }
        o.put("unitHead", l.unitHead());
        o.put("archivist", l.archivist());
        o.put("accountingHandler", l.accountingHandler());
        ArrayNode s = o.putArray("supervisors");
        l.supervisors().forEach(s::add);
        ArrayNode before = o.putArray("confirmedBefore");
        l.confirmedBefore().forEach(before::add);
        ArrayNode after = o.putArray("confirmedAfter");
        l.confirmedAfter().forEach(after::add);
        return JsonDocs.write(o);
    }

    /**
     * Reads a destruction certificate with its list.
     *
     * @param json the JSON
     * @return the certificate
     * @throws IllegalArgumentException when it is not one
     */
    public static DestructionCertificate readCertificate(String json) {
        JsonNode o = tree(json, "destruction");
        List<DestructionList.Entry> entries = new ArrayList<>();
        for (JsonNode n : array(o, "entries")) {
            List<RetentionHold> holds = new ArrayList<>();
            for (JsonNode h : array(n, "holds")) {
                String until = optStr(h, "until");
                holds.add(new RetentionHold(str(h, "reason"), LocalDate.parse(str(h, "since")),
                        until == null ? null : LocalDate.parse(until)));
            }
            entries.add(new DestructionList.Entry(str(n, "title"), str(n, "code"), num(n, "fromYear"),
                    num(n, "toYear"), RetentionPeriod.parse(str(n, "period")), n.path("accounting").asBoolean(),
                    RetentionStatus.valueOf(str(n, "status")), holds, n.has("decision") ? decision(n) : null));
        }
        DestructionList l = new DestructionList(entries, optStr(o, "unitHead"), optStr(o, "archivist"),
                optStr(o, "accountingHandler"), strings(o, "supervisors"), strings(o, "confirmedBefore"),
                strings(o, "confirmedAfter"));
        return new DestructionCertificate(str(o, "id"), str(o, "fonds"), str(o, "unit"), str(o, "appraisal"),
                LocalDate.parse(str(o, "destroyedOn")), str(o, "method"), str(o, "place"), l);
    }

    private static void decision(ObjectNode n, AppraisalDecision d) {
        if (d instanceof AppraisalDecision.Keep k) {
            n.put("decision", "keep");
            n.put("newPeriod", k.newPeriod().code());
        } else {
            n.put("decision", "destroy");
        }
        n.put("reason", d.reason());
    }

    private static AppraisalDecision decision(JsonNode n) {
        String d = str(n, "decision");
        return switch (d) {
            case "keep" -> new AppraisalDecision.Keep(RetentionPeriod.parse(str(n, "newPeriod")), str(n, "reason"));
            case "destroy" -> new AppraisalDecision.Destroy(str(n, "reason"));
            default -> throw new IllegalArgumentException("decision " + d);
        };
    }

    private static JsonNode tree(String json, String document) {
        JsonNode o;
        try {
            o = JsonDocs.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (o == null || !o.isObject() || !document.equals(o.path("document").asText())) {
            throw new IllegalArgumentException("not a " + document + " document");
        }
        return o;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing text field " + field);
        }
        return v.asText();
    }

    private static @Nullable String optStr(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static int num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException("missing number field " + field);
        }
        return v.asInt();
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("missing array " + field);
        }
        return v;
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(n, field)) {
            out.add(v.asText());
        }
        return out;
    }
}
