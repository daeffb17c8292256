package org.cundang.internal.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.internal.bagit.TransferMessages;
import org.cundang.transfer.CatalogColumn;
import org.cundang.transfer.CatalogRow;

/**
 * Streams {@code catalog.csv}: detects the encoding from the first MiB, maps the header to {@link CatalogColumn}s,
 * and hands each row to a consumer. Problems become findings (CD-4090 to CD-4093), at most
 * {@link #MAX_FINDINGS_PER_CODE} per code plus a count.
 */
public final class CatalogReader {

    /** Findings kept per code; the rest are counted. */
    public static final int MAX_FINDINGS_PER_CODE = 200;

    private CatalogReader() {
    }

    /**
     * What a read found.
     *
     * @param headerOk whether every required column is present
     * @param rows     rows read
     * @param findings problems
     */
    public record Summary(boolean headerOk, long rows, List<Finding> findings) {
    }

    /**
     * Reads a catalogue file that passed path safety.
     *
     * @param file    the file
     * @param subject the name to report (e.g. data/catalog.csv)
     * @param action  called per row (not called when the header lacks a required column)
     * @return the summary
     */
    public static Summary read(Path file, String subject, Consumer<CatalogRow> action) {
        List<Finding> findings = new ArrayList<>();
        int[] perCode = new int[100];
        Consumer<Finding> add = f -> {
            int k = Integer.parseInt(f.code().substring(5)) % 100;
            if (perCode[k]++ < MAX_FINDINGS_PER_CODE) {
                findings.add(f);
            }
        };
        long rows = 0;
        boolean headerOk = false;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 1 << 20)) {
            in.mark(1 << 20);
            byte[] sample = in.readNBytes(1 << 20);
            in.reset();
            EncodingDetector.Detected enc = EncodingDetector.detect(sample, sample.length < (1 << 20));
            if (enc.bom()) {
                in.skip(3);
            }
            StrictDecodingReader reader = new StrictDecodingReader(in, enc.charset());
            try (CsvReader csv = new CsvReader(reader)) {
                CsvReader.Row header = csv.next();
                int[] index = new int[CatalogColumn.values().length];
                Arrays.fill(index, -1);
                if (header != null) {
                    for (int i = 0; i < header.fields().size(); i++) {
                        String h = header.fields().get(i).replace("\uFEFF", "").strip();
                        for (CatalogColumn c : CatalogColumn.values()) {
                            if (c.label().equals(h) && index[c.ordinal()] < 0) {
                                index[c.ordinal()] = i;
                            }
                        }
                    }
                }
                headerOk = true;
                for (CatalogColumn c : CatalogColumn.values()) {
                    if (c.required() && index[c.ordinal()] < 0) {
                        headerOk = false;
                        add.accept(TransferMessages.finding("CD-4092", Severity.ERROR, subject, c.label()));
                    }
                }
                if (headerOk) {
                    CsvReader.Row r;
                    String[] vals = new String[index.length];
                    while ((r = csv.next()) != null) {
                        if (r.fields().size() == 1 && r.fields().get(0).isBlank()) {
                            continue;
                        }
                        rows++;
                        for (int i = 0; i < index.length; i++) {
                            vals[i] = index[i] >= 0 && index[i] < r.fields().size()
                                    ? r.fields().get(index[i]).strip() : "";
                        }
                        for (int i = 0; i < r.fields().size(); i++) {
                            if (CsvWriter.isFormulaLike(r.fields().get(i))) {
                                add.accept(TransferMessages.finding("CD-4093", Severity.WARNING,
                                        subject + ":" + r.line(), String.valueOf(r.line()), String.valueOf(i + 1)));
                            }
                        }
                        if (r.fields().size() != header.fields().size()) {
                            add.accept(TransferMessages.finding("CD-4091", Severity.ERROR, subject + ":" + r.line(),
                                    String.valueOf(r.line()), "columns " + r.fields().size() + " ≠ "
                                            + header.fields().size()));
                        }
                        action.accept(new CatalogRow(r.line(), Arrays.asList(vals)));
                    }
                }
                for (String p : csv.problems()) {
                    int colon = p.indexOf(':');
                    add.accept(TransferMessages.finding("CD-4091", Severity.ERROR, subject + ":" + p.substring(0,
                            colon), p.substring(0, colon), p.substring(colon + 2)));
                }
            }
            if (reader.badCount() > 0 || !enc.certain()) {
                String lines = reader.badLines().stream().limit(20).map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b).orElse("?");
                add.accept(TransferMessages.finding("CD-4090", Severity.ERROR, subject,
                        enc.charset() == StandardCharsets.UTF_8 ? "UTF-8" : enc.charset().name(), lines,
                        String.valueOf(reader.badCount())));
            }
        } catch (IOException | RuntimeException e) {
            add.accept(TransferMessages.finding("CD-4094", Severity.ERROR, subject, subject));
        }
        for (int k = 0; k < perCode.length; k++) {
            if (perCode[k] > MAX_FINDINGS_PER_CODE) {
                findings.add(TransferMessages.finding("CD-4095", Severity.INFO, subject,
                        String.format("CD-40%02d", k), String.valueOf(perCode[k] - MAX_FINDINGS_PER_CODE)));
            }
        }
        return new Summary(headerOk, rows, findings);
    }
}
