package org.cundang.internal.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.cundang.transfer.CheckResult;
import org.cundang.transfer.FourProperty;
import org.cundang.transfer.Outcome;
import org.cundang.transfer.TransferReport;
import org.cundang.transfer.TransferRule;

/**
 * Writes a {@link TransferReport} as JSON with Jackson's streaming generator (no annotations on the domain types);
 * the shape is {@code docs/transfer-report.schema.json}, version {@value #SCHEMA_VERSION}.
 */
public final class TransferReportJson {

    /** The report schema version. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private TransferReportJson() {
    }

    /**
     * Writes the report (UTF-8, indented); the stream is not closed.
     *
     * @param report the report
     * @param input  the input's display name, or null
     * @param out    the stream
     * @throws IOException when writing fails
     */
    public static void write(TransferReport report, @org.jspecify.annotations.Nullable String input,
                             OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            if (input != null) {
                g.writeStringField("input", input);
            }
            g.writeBooleanField("accepted", !report.hasMustFailure());
            g.writeObjectFieldStart("totals");
            g.writeNumberField("items", report.totals().items());
            g.writeNumberField("pages", report.totals().pages());
            g.writeNumberField("bytes", report.totals().bytes());
            g.writeNumberField("files", report.totals().files());
            g.writeEndObject();
            g.writeObjectFieldStart("bagInfo");
            for (Map.Entry<String, String> e : report.bagInfo().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            for (Map.Entry<Outcome, Long> e : report.summary().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("dimensions");
            for (FourProperty p : FourProperty.values()) {
                g.writeStartObject();
                g.writeStringField("dimension", p.name());
                g.writeStringField("zh", p.zh());
                for (Outcome o : Outcome.values()) {
                    g.writeNumberField(o.name(), report.results().stream()
                            .filter(r -> r.rule().dimension() == p && r.outcome() == o).count());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("results");
            for (CheckResult r : report.results()) {
                TransferRule rule = r.rule();
                g.writeStartObject();
                g.writeStringField("rule", rule.name());
                g.writeStringField("dimension", rule.dimension().name());
                g.writeStringField("standard", rule.standard());
                g.writeStringField("clause", rule.clause());
                g.writeStringField("level", rule.level().name());
                g.writeStringField("subject", r.subject());
                g.writeStringField("outcome", r.outcome().name());
                if (r.code() != null) {
                    g.writeStringField("code", r.code());
                } else {
                    g.writeNullField("code");
                }
                g.writeObjectFieldStart("message");
                g.writeStringField("zh", r.message().zh());
                g.writeStringField("en", r.message().en());
                g.writeEndObject();
                g.writeObjectFieldStart("details");
                for (Map.Entry<String, String> e : r.details().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
