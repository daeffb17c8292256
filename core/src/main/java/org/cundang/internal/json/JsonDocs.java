package org.cundang.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Small helpers for the custody documents (appraisal, destruction, access, handover): a tree mapper, the writer and
 * typed field readers.
 */
final class JsonDocs {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonDocs() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode n) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static JsonNode read(String json, String schema) throws IOException {
        JsonNode n = MAPPER.readTree(json);
        if (n == null || !n.isObject()) {
            throw new IOException("not a JSON object");
        }
        String s = n.path("schema").asText("");
        if (!schema.equals(s)) {
            throw new IOException("schema is \"" + s + "\", expected \"" + schema + "\"");
        }
        return n;
    }

    static String text(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IOException("field \"" + field + "\" missing or not text");
        }
        return v.asText();
    }

    static @Nullable String optText(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IOException("field \"" + field + "\" not text");
        }
        return v.asText();
    }

    static boolean bool(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isBoolean()) {
            throw new IOException("field \"" + field + "\" missing or not true/false");
        }
        return v.asBoolean();
    }

    static int integer(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IOException("field \"" + field + "\" missing or not a whole number");
        }
        return v.asInt();
    }

    static @Nullable Integer optInteger(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : integer(n, field);
    }

    static LocalDate date(JsonNode n, String field) throws IOException {
        return LocalDate.parse(text(n, field));
    }

    static @Nullable LocalDate optDate(JsonNode n, String field) throws IOException {
        String t = optText(n, field);
        return t == null ? null : LocalDate.parse(t);
    }

    static LocalDateTime dateTime(JsonNode n, String field) throws IOException {
        return LocalDateTime.parse(text(n, field));
    }

    static List<String> texts(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new IOException("field \"" + field + "\" missing or not a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new IOException("field \"" + field + "\" has an entry that is not text");
            }
            out.add(e.asText());
        }
        return out;
    }

    static JsonNode array(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new IOException("field \"" + field + "\" missing or not a list");
        }
        return v;
    }

    static void put(ObjectNode o, String field, @Nullable String value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }
}
