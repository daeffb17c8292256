package org.cundang.transfer;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.cundang.internal.bagit.TransferMessages;
import org.cundang.internal.json.TransferReportJson;
import org.cundang.internal.report.HtmlReport;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link TransferReport}: as JSON (the shape is {@code docs/transfer-report.schema.json}) and as a printable
 * HTML page, the 移交检验报告 with the pre-filled 移交接收登记表 (A4, no script, works offline; every value from the
 * package is escaped, bidirectional controls included). Stateless.
 */
public final class TransferReports {

    /** The version of the JSON report schema ({@code schemaVersion} in the document). */
    public static final int JSON_SCHEMA_VERSION = TransferReportJson.SCHEMA_VERSION;

    private TransferReports() {
    }

    /**
     * Writes the report as one JSON document (UTF-8); the stream is not closed.
     *
     * @param report the report, not null
     * @param input  the input's display name (written as {@code input}), or null
     * @param out    the stream, not null
     * @throws TransferException CD-4109 when the stream cannot be written
     */
    public static void writeJson(TransferReport report, @Nullable String input, OutputStream out) {
        requireNonNull(report, "report");
        requireNonNull(out, "out");
        try {
            TransferReportJson.write(report, input, out);
        } catch (IOException e) {
            throw new TransferException("CD-4109", TransferMessages.text("CD-4109", "JSON",
                    String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The report as a JSON string.
     *
     * @param report the report, not null
     * @param input  the input's display name, or null
     * @return the JSON document
     */
    public static String json(TransferReport report, @Nullable String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(report, input, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The report as a printable HTML page.
     *
     * @param report the report, not null
     * @param locale the labels' language: English for {@code en}, Chinese otherwise (the default), not null
     * @param input  the input's display name, not null
     * @param date   the validation date printed on the page, not null
     * @return the HTML document
     */
    public static String html(TransferReport report, Locale locale, String input, LocalDate date) {
        requireNonNull(report, "report");
        requireNonNull(locale, "locale");
        requireNonNull(input, "input");
        requireNonNull(date, "date");
        return HtmlReport.render(report, locale, input, date);
    }
}
