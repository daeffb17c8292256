package org.cundang.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a retention schedule file (format in {@code docs/retention.md}) into {@link ScheduleFileJson}: JSON syntax,
 * field names and JSON types are checked here; domain values (periods, triggers, ids) by the schedule package.
 *
 * <p>Limits against hostile input: 8 MB per document, nesting depth 32, 100,000 characters per string; duplicate
 * keys are refused. The schema version is checked before any other problem is reported, so a newer file gets
 * "unsupported version" rather than "unknown field". One reader per call; not thread-safe.
 */
public final class ScheduleJsonReader {

    /** The schema version this reader understands. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> ENTRY_FIELDS = Set.of("id", "title", "category", "period", "trigger", "mandate",
            "confidence", "townshipCustody", "digitisationRequired", "filedEveryYear", "controlled", "note");
    private static final Set<String> AMENDMENT_FIELDS = Set.of("entry", "period", "mandate", "confidence",
            "townshipCustody", "digitisationRequired", "filedEveryYear", "controlled", "note");
    private static final Set<String> DEFAULT_FIELDS = Set.of("category", "trigger", "mandate", "confidence");
    private static final Set<String> BOOLEAN_FIELDS = Set.of("townshipCustody", "digitisationRequired",
            "filedEveryYear", "controlled");

    private final ObjectMapper mapper;
    private final List<ScheduleJsonProblem> problems = new ArrayList<>();

    /** A reader. */
    public ScheduleJsonReader() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(8_000_000L)
                        .maxNestingDepth(32)
                        .maxStringLength(100_000)
                        .maxNumberLength(20)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory).build();
    }

    /**
     * Reads one file.
     *
     * @param in the text, not null; closed by the caller
     * @return the file's content
     * @throws ScheduleJsonProblem for malformed JSON (CD-2004), a missing or unsupported schema version (CD-2005,
     *                             CD-2010), an unknown field (CD-2015) or a value of the wrong JSON type (CD-2006)
     */
    public ScheduleFileJson read(Reader in) {
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            return readFile(p);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            throw new ScheduleJsonProblem("CD-2004", null, loc == null ? -1 : loc.getLineNr(),
                    loc == null ? -1 : loc.getColumnNr(), e, firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScheduleJsonProblem("CD-2016", null, -1, -1, e, String.valueOf(e.getMessage()));
        }
    }

    private ScheduleFileJson readFile(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            JsonLocation loc = p.currentTokenLocation();
            throw new ScheduleJsonProblem("CD-2004", null, loc.getLineNr(), loc.getColumnNr(), null,
                    t == null ? "empty document" : "expected a JSON object, found " + t.asString());
        }
        Integer schemaVersion = null;
        String id = null;
        String title = null;
        String version = null;
        String level = null;
        String issuer = null;
        String source = null;
        Boolean provisional = null;
        Boolean example = null;
        String base = null;
        ScheduleEntryJson defaults = new ScheduleEntryJson("defaults", -1, null, null, null, null, null, null, null,
                null, null, null, null, null);
        List<ScheduleEntryJson> entries = new ArrayList<>();
        List<ScheduleEntryJson> amendments = new ArrayList<>();
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            JsonLocation loc = p.currentTokenLocation();
            int line = loc.getLineNr();
            switch (name) {
                case "$schema":
                    string(p, v, name, null, line);
                    break;
                case "schemaVersion":
                    if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                        schemaVersion = p.getIntValue();
                    } else {
                        throw new ScheduleJsonProblem("CD-2006", null, line, -1, null, name,
                                abbreviate(p.getText()), "integer");
                    }
                    break;
                case "id":
                    id = string(p, v, name, null, line);
                    break;
                case "title":
                    title = string(p, v, name, null, line);
                    break;
                case "version":
                    version = string(p, v, name, null, line);
                    break;
                case "level":
                    level = string(p, v, name, null, line);
                    break;
                case "issuer":
                    issuer = string(p, v, name, null, line);
                    break;
                case "source":
                    source = string(p, v, name, null, line);
                    break;
                case "base":
                    base = string(p, v, name, null, line);
                    break;
                case "provisional":
                    provisional = bool(p, v, name, null, line);
                    break;
                case "example":
                    example = bool(p, v, name, null, line);
                    break;
                case "defaults":
                    if (v == JsonToken.START_OBJECT) {
                        defaults = object(mapper.readTree(p), "defaults", line, DEFAULT_FIELDS, false);
                    } else if (v != JsonToken.VALUE_NULL) {
                        problem("CD-2006", null, line, name, p.getText(), "object");
                        p.skipChildren();
                    }
                    break;
                case "entries":
                case "amendments":
                    if (v == JsonToken.START_ARRAY) {
                        boolean amend = name.equals("amendments");
                        int i = 0;
                        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                            int elementLine = p.currentTokenLocation().getLineNr();
                            String path = name + "[" + i + "]";
                            if (v == JsonToken.START_OBJECT) {
                                ScheduleEntryJson e = object(mapper.readTree(p), path, elementLine,
                                        amend ? AMENDMENT_FIELDS : ENTRY_FIELDS, amend);
                                (amend ? amendments : entries).add(e);
                            } else {
                                problem("CD-2006", path, elementLine, path, p.getText(), "object");
                                p.skipChildren();
                            }
                            i++;
                        }
                    } else if (v != JsonToken.VALUE_NULL) {
                        problem("CD-2006", null, line, name, p.getText(), "array");
                        p.skipChildren();
                    }
                    break;
                default:
                    problem("CD-2015", null, line, name);
                    p.skipChildren();
                    break;
            }
        }
        if (p.nextToken() != null) {
            JsonLocation loc = p.currentTokenLocation();
            throw new ScheduleJsonProblem("CD-2004", null, loc.getLineNr(), loc.getColumnNr(), null,
                    "content after the end of the JSON object");
        }
        if (schemaVersion == null) {
            throw new ScheduleJsonProblem("CD-2005", null, -1, -1, null, "schemaVersion");
        }
        if (schemaVersion != SCHEMA_VERSION) {
            throw new ScheduleJsonProblem("CD-2010", null, -1, -1, null, String.valueOf(schemaVersion),
                    String.valueOf(SCHEMA_VERSION));
        }
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return new ScheduleFileJson(schemaVersion, id, title, version, level, issuer, source, provisional, example,
                base, defaults, List.copyOf(entries), List.copyOf(amendments));
    }

    private ScheduleEntryJson object(JsonNode node, String path, int line, Set<String> allowed, boolean amendment) {
        JsonNode idNode = node.get(amendment ? "entry" : "id");
        String label = idNode != null && idNode.isTextual() && !idNode.asText().isBlank()
                ? idNode.asText().strip() : path;
        String[] strings = new String[13];
        Boolean[] flags = new Boolean[4];
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode value = f.getValue();
            if (!allowed.contains(name)) {
                problem("CD-2015", label, line, name);
                continue;
            }
            if (value.isNull()) {
                continue;
            }
            if (BOOLEAN_FIELDS.contains(name)) {
                if (!value.isBoolean()) {
                    problem("CD-2006", label, line, name, abbreviate(value.toString()), "true/false");
                    continue;
                }
                flags[flagIndex(name)] = value.booleanValue();
            } else {
                if (!value.isTextual()) {
                    problem("CD-2006", label, line, name, abbreviate(value.toString()), "string");
                    continue;
                }
                strings[stringIndex(name)] = value.textValue();
            }
        }
        return new ScheduleEntryJson(path, line, strings[0], strings[1], strings[2], strings[3], strings[4],
                strings[5], strings[6], flags[0], flags[1], flags[2], flags[3], strings[7]);
    }

    private static int stringIndex(String name) {
        switch (name) {
            case "id":
            case "entry":
                return 0;
            case "title":
                return 1;
            case "category":
                return 2;
            case "period":
                return 3;
            case "trigger":
                return 4;
            case "mandate":
                return 5;
            case "confidence":
                return 6;
            default:
                return 7; // note
        }
    }

    private static int flagIndex(String name) {
        switch (name) {
            case "townshipCustody":
                return 0;
            case "digitisationRequired":
                return 1;
            case "filedEveryYear":
                return 2;
            default:
                return 3; // controlled
        }
    }

    private @Nullable String string(JsonParser p, JsonToken v, String name, @Nullable String entry, int line)
            throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (v != JsonToken.VALUE_NULL) {
            problem("CD-2006", entry, line, name, abbreviate(p.getText()), "string");
            p.skipChildren();
        }
        return null;
    }

    private @Nullable Boolean bool(JsonParser p, JsonToken v, String name, @Nullable String entry, int line)
            throws IOException {
        if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
            return v == JsonToken.VALUE_TRUE;
        }
        if (v != JsonToken.VALUE_NULL) {
            problem("CD-2006", entry, line, name, abbreviate(p.getText()), "true/false");
            p.skipChildren();
        }
        return null;
    }

    private void problem(String code, @Nullable String entry, int line, Object... args) {
        problems.add(new ScheduleJsonProblem(code, entry, line, -1, null, args));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return abbreviate(nl < 0 ? s : s.substring(0, nl));
    }
}
