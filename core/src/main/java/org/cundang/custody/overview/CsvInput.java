package org.cundang.custody.overview;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cundang.internal.csv.CsvReader;
import org.cundang.internal.csv.EncodingDetector;
import org.jspecify.annotations.Nullable;

/** Reads a small CSV file whole: UTF-8 (with or without BOM) or GB18030 (Excel on a Chinese Windows). */
final class CsvInput {

    /** The largest file read (village lists and score sheets are small). */
    static final int MAX_BYTES = 16 << 20;

    private CsvInput() {
    }

    /**
     * The rows, blank rows left out.
     *
     * @param in     the bytes, not closed
     * @param source the file name, for messages
     * @param fail   makes the exception for an unreadable file from a reason
     * @return the rows with their line numbers
     */
    static List<CsvReader.Row> rows(InputStream in, String source, Function<String, OverviewException> fail) {
        byte[] data;
        try {
            data = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw fail.apply("cannot be read / 无法读取");
        }
        if (data.length > MAX_BYTES) {
            throw fail.apply("larger than 16 MiB / 超过 16 MiB");
        }
        EncodingDetector.Detected d = EncodingDetector.detect(data, true);
        String text;
        try {
            text = d.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, d.bom() ? 3 : 0, data.length - (d.bom() ? 3 : 0))).toString();
        } catch (CharacterCodingException e) {
            throw fail.apply("neither UTF-8 nor GB18030 / 既不是 UTF-8 也不是 GB18030 编码");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvReader.Row> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text))) {
            CsvReader.Row row;
            while ((row = r.next()) != null) {
                if (row.fields().stream().allMatch(f -> f.isBlank())) {
                    continue;
                }
                out.add(row);
            }
            if (!r.problems().isEmpty()) {
                throw fail.apply(OverviewException.shown(r.problems().get(0)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The index of the first header among names (case-insensitive, stripped), or -1. */
    static int column(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            for (String n : names) {
                if (h.equalsIgnoreCase(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String field(CsvReader.Row row, int column) {
        return column >= 0 && column < row.fields().size() ? row.fields().get(column).strip() : "";
    }

    static @Nullable String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }
}
