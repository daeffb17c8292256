package org.cundang.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cundang.custody.overview.InspectionItem;
import org.cundang.custody.overview.InspectionResult;
import org.cundang.custody.overview.ItemScore;
import org.cundang.custody.overview.VillageScore;
import org.jspecify.annotations.Nullable;

/**
 * Binds inspection scoring sheets ({@code org/cundang/custody/overview/inspection-sheet-ruian.json}) and the
 * inspector's score files to plain records; {@code org.cundang.custody.overview} validates and converts them. Unknown
 * fields are refused.
 */
public final class InspectionJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectReader SHEET = MAPPER.readerFor(Sheet.class);
    private static final ObjectReader SCORES = MAPPER.readerFor(Scores.class);

    private InspectionJson() {
    }

    /**
     * An inspection result as JSON.
     *
     * @param r the result
     * @return the JSON text
     */
    public static String write(InspectionResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", "inspection-result");
        o.put("schemaVersion", 1);
        ObjectNode sh = o.putObject("sheet");
        sh.put("id", r.sheet().id());
        sh.put("title", r.sheet().title().zh());
        sh.put("example", r.sheet().example());
        sh.put("source", r.sheet().source());
        sh.put("confidence", r.sheet().confidence().tag());
        sh.put("maxScore", r.sheet().maxScore());
        sh.put("note", r.sheet().note());
        ArrayNode items = sh.putArray("items");
        for (InspectionItem i : r.sheet().items()) {
            ObjectNode x = items.addObject();
            x.put("id", i.id());
            x.put("name", i.name().zh());
            x.put("weight", i.weight());
            x.put("measure", i.measure() == null ? null : i.measure().name());
        }
        ArrayNode vs = o.putArray("villages");
        for (VillageScore v : r.villages()) {
            ObjectNode x = vs.addObject();
            x.put("township", v.township());
            x.put("fonds", v.village().fonds());
            x.put("name", v.village().displayName());
            x.put("total", v.total());
            x.put("complete", v.complete());
            ArrayNode is = x.putArray("items");
            for (ItemScore s : v.items()) {
                ObjectNode y = is.addObject();
                y.put("item", s.item());
                y.put("points", s.points());
                y.put("max", s.max());
                y.put("basis", s.basis().name());
                if (s.fraction() != null) {
                    y.put("fraction", Math.round(s.fraction() * 10_000) / 10_000.0);
                }
                if (!s.note().isEmpty()) {
                    y.put("note", s.note());
                }
            }
        }
        ObjectNode avg = o.putObject("averageByTownship");
        r.averageByTownship().forEach(avg::put);
        if (r.average().isPresent()) {
            o.put("average", Math.round(r.average().getAsDouble() * 100) / 100.0);
        } else {
            o.putNull("average");
        }
        o.put("complete", r.complete());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * Binds a sheet.
     *
     * @param json the text
     * @return the bound sheet
     * @throws IllegalArgumentException with Jackson's reason when the text is not such a document
     */
    public static Sheet readSheet(String json) {
        try {
            Sheet s = SHEET.readValue(json);
            if (s == null) {
                throw new IllegalArgumentException("empty document");
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /**
     * Binds a score file.
     *
     * @param json the text
     * @return the bound scores
     * @throws IllegalArgumentException with Jackson's reason when the text is not such a document
     */
    public static Scores readScores(String json) {
        try {
            Scores s = SCORES.readValue(json);
            if (s == null) {
                throw new IllegalArgumentException("empty document");
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /**
     * A scoring sheet.
     *
     * @param $schema       an optional schema reference (ignored)
     * @param schemaVersion the format version (1)
     * @param id            the sheet id
     * @param title         the title
     * @param source        where the requirements come from
     * @param confidence    V, S or R
     * @param example       whether the sheet is an example
     * @param maxScore      the total of the weights
     * @param note          a note
     * @param items         the items
     */
    public record Sheet(@Nullable String $schema, @Nullable Integer schemaVersion, @Nullable String id,
                        RoomProfileJson.@Nullable Text title, @Nullable String source, @Nullable String confidence,
                        @Nullable Boolean example, @Nullable Double maxScore, @Nullable String note,
                        @Nullable List<Item> items) {
    }

    /**
     * One item of a sheet.
     *
     * @param id          the id
     * @param name        the name
     * @param weight      the points
     * @param measure     the automatic measure, or null when the inspector scores it
     * @param requirement what the item checks
     * @param source      where the requirement comes from
     * @param confidence  V, S or R
     */
    public record Item(@Nullable String id, RoomProfileJson.@Nullable Text name, @Nullable Double weight,
                       @Nullable String measure, @Nullable String requirement, @Nullable String source,
                       @Nullable String confidence) {
    }

    /**
     * The inspector's scores.
     *
     * @param scores the scores
     */
    public record Scores(@Nullable List<Score> scores) {
    }

    /**
     * One score.
     *
     * @param fonds the village's 全宗号
     * @param item  the item id
     * @param score the points
     * @param note  a note
     */
    public record Score(@Nullable String fonds, @Nullable String item, @Nullable Double score, @Nullable String note) {
    }
}
