package org.cundang.samples.print;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.cundang.catalog.CatalogueEntry;
import org.jspecify.annotations.Nullable;

/**
 * The 目录 as {@code catalog.csv}, the file of a transfer folder (docs/transfer-package.md §3): RFC 4180, the columns
 * 序号, 档号, 文号, 责任者, 题名, 日期, 密级, 页数, 保管期限, 备注, 条目, written as UTF-8 with a BOM or as GB18030, and read
 * back the way {@code cundang transfer validate} reads it (BOM → UTF-8, else strict UTF-8, else GB18030).
 *
 * <p>Cells are written as they are (no apostrophe before {@code = + - @}) so that the file round-trips; the transfer
 * validation warns about formula-looking cells (CD-4093).
 */
public final class CatalogueCsv {

    /** The header, in the order written. */
    public static final List<String> HEADER = List.of("序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数",
            "保管期限", "备注", "条目");

    /** The largest file read, in bytes. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private CatalogueCsv() {
    }

    /** GB18030, the encoding Excel writes on a Chinese Windows. */
    public static Charset gb18030() {
        return Charset.forName("GB18030");
    }

    /**
     * Writes the catalogue.
     *
     * @param entries the rows, not null
     * @param out     where to write, not null; not closed
     * @param charset UTF-8 (written with a BOM) or GB18030, not null
     * @throws IOException when writing fails
     */
    public static void write(List<CatalogueEntry> entries, OutputStream out, Charset charset) throws IOException {
        requireNonNull(entries, "entries");
        requireNonNull(out, "out");
        requireNonNull(charset, "charset");
        Writer w = new OutputStreamWriter(out, charset);
        if (charset.equals(StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
        }
        line(w, HEADER);
        for (CatalogueEntry e : entries) {
            line(w, List.of(str(e.sequence()), str(e.code()), str(e.documentNumber()), str(e.responsible()),
                    str(e.title()), str(e.date()), str(e.classification()), str(e.pages()), str(e.period()),
                    str(e.remarks()), str(e.scheduleEntry())));
        }
        w.flush();
    }

    /**
     * Writes the catalogue to a file.
     *
     * @param entries the rows, not null
     * @param file    the file, not null; replaced if it exists
     * @param charset UTF-8 (with a BOM) or GB18030, not null
     * @throws PrintException CD-9045 when the file cannot be written
     */
    public static void write(List<CatalogueEntry> entries, Path file, Charset charset) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(entries, out, charset);
        } catch (IOException e) {
            throw PrintException.of("CD-9045", e, file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads a catalogue file.
     *
     * @param file the file, not null
     * @return the rows as written (values not validated; see {@code CatalogueValidator})
     * @throws PrintException CD-9046 when the file cannot be read or lacks a column
     */
    public static List<CatalogueEntry> read(Path file) {
        requireNonNull(file, "file");
        List<List<String>> rows = parse(file, "CD-9046");
        Map<String, Integer> col = header(rows, file, HEADER.subList(0, 10), "CD-9046");
        List<CatalogueEntry> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> v = rows.get(r);
            if (v.size() == 1 && v.get(0).isBlank()) {
                continue;
            }
            out.add(new CatalogueEntry(integer(get(v, col, "序号")), get(v, col, "档号"), get(v, col, "文号"),
                    get(v, col, "责任者"), get(v, col, "题名"), get(v, col, "日期"), get(v, col, "密级"),
                    integer(get(v, col, "页数")), get(v, col, "保管期限"), get(v, col, "备注"),
                    emptyToNull(get(v, col, "条目"))));
        }
        return out;
    }

    /**
     * Reads and splits a CSV file (RFC 4180), decoding UTF-8 (with or without BOM) or GB18030 as the transfer
     * validation does.
     *
     * @param file the file, not null
     * @param code the CD code of the error when it cannot be read
     * @return the rows, header first
     */
    public static List<List<String>> parse(Path file, String code) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw PrintException.of(code, null, file.toString(), "not a regular file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw PrintException.of(code, null, file.toString(), "larger than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw PrintException.of(code, e, file.toString(), String.valueOf(e.getMessage()));
        }
        return split(decode(bytes));
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, gb18030());
        }
    }

    /** Splits RFC 4180 text into rows of cells (comma, double quotes, CRLF/LF/CR, line breaks inside quotes). */
    static List<List<String>> split(String text) {
        return split(text, null);
    }

    /**
     * Splits RFC 4180 text into rows of cells (comma, double quotes, CRLF/LF/CR, line breaks inside quotes).
     *
     * @param text       the text
     * @param unclosedAt when not null, makes the exception thrown for a quoted field left open at the end, given
     *                   the line the text ends on (counted from 1); when null such a field simply ends the text
     * @return the rows
     */
    public static List<List<String>> split(String text, @Nullable IntFunction<RuntimeException> unclosedAt) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted && unclosedAt != null) {
            throw unclosedAt.apply(line);
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /**
     * The column index of each header name, checking that the required ones are there.
     *
     * @param rows     the rows, header first
     * @param file     the file, for the message
     * @param required the required names
     * @param code     the CD code of the error
     * @return the index of each name
     */
    public static Map<String, Integer> header(List<List<String>> rows, Path file, List<String> required,
                                              String code) {
        if (rows.isEmpty()) {
            throw PrintException.of(code, null, file.toString(), "empty");
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> h = rows.get(0);
        for (int i = 0; i < h.size(); i++) {
            col.putIfAbsent(h.get(i).replace("\uFEFF", "").strip(), i);
        }
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            if (!col.containsKey(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw PrintException.of(code, null, file.toString(), "missing column(s) " + String.join(", ", missing));
        }
        return col;
    }

    /**
     * A cell by column name, empty when the column or the cell is missing.
     *
     * @param row  the row
     * @param col  the column indexes
     * @param name the column name
     * @return the cell
     */
    public static String get(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.size() ? "" : row.get(i);
    }

    private static @Nullable Integer integer(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return null;
        }
        return Integer.valueOf(t);
    }

    private static @Nullable String emptyToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static String str(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }
}
