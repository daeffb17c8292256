package org.cundang.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.cundang.custody.overview.CityReport;
import org.cundang.custody.overview.CollectionChecklist;
import org.cundang.custody.overview.ExpectedEntry;
import org.cundang.custody.overview.Figures;
import org.cundang.custody.overview.OverviewException;
import org.cundang.custody.overview.RoomStatus;
import org.cundang.custody.overview.TownshipReport;
import org.cundang.custody.overview.Village;
import org.cundang.custody.overview.VillageRow;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the township and city overview documents and the collection checklist (docs/overview.md), with
 * Jackson's tree model; the domain types carry no annotations. Reading validates every field and reports the first
 * problem as CD-8102 naming the field.
 */
public final class OverviewJson {

    /** The document version. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private OverviewJson() {
    }

    /**
     * A township overview as JSON.
     *
     * @param r the report
     * @return the JSON text
     */
    public static String write(TownshipReport r) {
        return text(township(r));
    }

    /**
     * A city overview as JSON.
     *
     * @param c the report
     * @return the JSON text
     */
    public static String write(CityReport c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", "city-overview");
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("name", c.name());
        o.put("year", c.year());
        ArrayNode ts = o.putArray("townships");
        c.townships().forEach(t -> ts.add(township(t)));
        figures(o.putObject("totals"), c.totals());
        o.put("rooms", c.rooms());
        o.put("roomsOutOfBand", c.roomsOutOfBand());
        o.put("otherFixityFindings", c.otherFixityFindings());
        return text(o);
    }

    /**
     * A collection checklist as JSON.
     *
     * @param c       the checklist
     * @param village the village's name, or null
     * @return the JSON text
     */
    public static String write(CollectionChecklist c, @Nullable String village) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", "collection-checklist");
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("fonds", c.fonds());
        if (village != null) {
            o.put("village", village);
        }
        o.put("year", c.year());
        o.put("complete", c.complete());
        o.put("expected", c.expected().size());
        ArrayNode gaps = o.putArray("gaps");
        for (ExpectedEntry e : c.gaps()) {
            ObjectNode g = gaps.addObject();
            g.put("entry", e.id());
            g.put("title", e.title());
            g.put("category", e.category());
        }
        ArrayNode all = o.putArray("entries");
        for (ExpectedEntry e : c.expected()) {
            ObjectNode g = all.addObject();
            g.put("entry", e.id());
            g.put("title", e.title());
            g.put("arrived", !c.gaps().contains(e));
        }
        return text(o);
    }

    private static String text(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectNode township(TownshipReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", "township-overview");
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("township", r.township());
        o.put("year", r.year());
        o.put("checklistYear", r.checklistYear());
        o.put("asOf", r.asOf().toString());
        o.put("fixityChecked", r.fixityChecked());
        o.put("otherFixityFindings", r.otherFixityFindings());
        ArrayNode vs = o.putArray("villages");
        for (VillageRow row : r.rows()) {
            ObjectNode v = vs.addObject();
            v.put("fonds", row.village().fonds());
            v.put("name", row.village().name());
            v.put("township", row.village().township());
            v.put("listed", row.listed());
            v.put("underTownshipCustody", row.underTownshipCustody());
            figures(v, row.figures());
            if (row.lastTransfer() != null) {
                v.put("lastTransfer", row.lastTransfer().toString());
            } else {
                v.putNull("lastTransfer");
            }
            ArrayNode g = v.putArray("gaps");
            row.gaps().forEach(g::add);
        }
        ArrayNode rooms = o.putArray("rooms");
        for (RoomStatus s : r.rooms()) {
            ObjectNode x = rooms.addObject();
            x.put("name", s.name());
            x.put("profile", s.profile());
            x.put("readings", s.readings());
            x.put("excursions", s.excursions());
            x.put("outOfBand", s.outOfBand());
        }
        o.put("roomsOutOfBand", r.roomsOutOfBand());
        figures(o.putObject("totals"), r.totals());
        return o;
    }

    private static void figures(ObjectNode o, Figures f) {
        if (f.villages() != 1) {
            o.put("villages", f.villages());
            o.put("underTownshipCustody", f.underCustody());
        }
        o.put("items", f.items());
        o.put("pages", f.pages());
        o.put("digitised", f.digitised());
        share(o, "digitisedShare", f.digitisedShare());
        o.put("digitisationRequired", f.digitisationRequired());
        o.put("digitisationRequiredDone", f.digitisationRequiredDone());
        share(o, "requiredDigitisedShare", f.requiredDigitisedShare());
        o.put("transfers", f.transfers());
        o.put("checklistExpected", f.checklistExpected());
        o.put("checklistGaps", f.checklistGaps());
        o.put("dueNotAppraised", f.dueNotAppraised());
        o.put("fixityFindings", f.fixityFindings());
        o.put("openFindings", f.openFindings());
    }

    private static void share(ObjectNode o, String name, OptionalDouble v) {
        if (v.isPresent()) {
            o.put(name, Math.round(v.getAsDouble() * 10_000) / 10_000.0);
        } else {
            o.putNull(name);
        }
    }

    /**
     * Reads a township overview written by {@link #write(TownshipReport)}; the totals are recomputed from the rows.
     *
     * @param json   the text
     * @param source the file name for messages
     * @return the report
     * @throws OverviewException CD-8102 when the text is not such a document or a value is invalid
     */
    public static TownshipReport readTownship(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw bad(source, "not JSON / 不是 JSON: " + e.getOriginalMessage());
        }
        try {
            if (root == null || !root.isObject() || !"township-overview".equals(root.path("kind").asText())) {
                throw bad(source, "not a township overview (kind) / 不是乡镇概况文件");
            }
            if (root.path("schemaVersion").asInt(-1) != SCHEMA_VERSION) {
                throw bad(source, "schemaVersion must be " + SCHEMA_VERSION);
            }
            List<VillageRow> rows = new ArrayList<>();
            for (JsonNode v : array(root, "villages", source)) {
                Village village = new Village(str(v, "fonds", source), str(v, "name", source),
                        str(v, "township", source));
                boolean custody = bool(v, "underTownshipCustody", source);
                List<String> gaps = new ArrayList<>();
                for (JsonNode g : array(v, "gaps", source)) {
                    if (!g.isTextual()) {
                        throw bad(source, "gaps: text expected / 应为文本");
                    }
                    gaps.add(g.asText());
                }
                Figures f = new Figures(1, custody ? 1 : 0, num(v, "items", source), num(v, "pages", source),
                        num(v, "digitised", source), num(v, "digitisationRequired", source),
                        num(v, "digitisationRequiredDone", source), num(v, "transfers", source),
                        num(v, "checklistExpected", source), num(v, "checklistGaps", source),
                        num(v, "dueNotAppraised", source), num(v, "fixityFindings", source));
                JsonNode lt = v.get("lastTransfer");
                Instant last = lt == null || lt.isNull() ? null : Instant.parse(lt.asText());
                rows.add(new VillageRow(village, bool(v, "listed", source), f, last, gaps));
            }
            List<RoomStatus> rooms = new ArrayList<>();
            for (JsonNode x : array(root, "rooms", source)) {
                rooms.add(new RoomStatus(str(x, "name", source), str(x, "profile", source), num(x, "readings", source),
                        num(x, "excursions", source), bool(x, "outOfBand", source)));
            }
            return new TownshipReport(str(root, "township", source), (int) num(root, "year", source),
                    (int) num(root, "checklistYear", source), LocalDate.parse(str(root, "asOf", source)), rows, rooms,
                    bool(root, "fixityChecked", source), num(root, "otherFixityFindings", source));
        } catch (DateTimeParseException e) {
            throw bad(source, "bad date or time / 日期或时间有误: " + OverviewException.shown(e.getParsedString()));
        } catch (IllegalArgumentException e) {
            throw bad(source, String.valueOf(e.getMessage()));
        } catch (OverviewException e) {
            if (e.code().equals("CD-8102")) {
                throw e;
            }
            throw bad(source, e.text().en() + " / " + e.text().zh());
        }
    }

    private static OverviewException bad(String source, String reason) {
        return OverviewException.of("CD-8102", OverviewException.shown(source), reason);
    }

    private static Iterable<JsonNode> array(JsonNode o, String field, String source) {
        JsonNode n = o.get(field);
        if (n == null || !n.isArray()) {
            throw bad(source, "\"" + field + "\": array expected / 应为数组");
        }
        return n;
    }

    private static String str(JsonNode o, String field, String source) {
        JsonNode n = o.get(field);
        if (n == null || !n.isTextual()) {
            throw bad(source, "\"" + field + "\": text expected / 应为文本");
        }
        return n.asText();
    }

    private static boolean bool(JsonNode o, String field, String source) {
        JsonNode n = o.get(field);
        if (n == null || !n.isBoolean()) {
            throw bad(source, "\"" + field + "\": true or false expected / 应为 true 或 false");
        }
        return n.asBoolean();
    }

    private static long num(JsonNode o, String field, String source) {
        JsonNode n = o.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
            throw bad(source, "\"" + field + "\": a whole number ≥ 0 expected / 应为非负整数");
        }
        return n.asLong();
    }
}
