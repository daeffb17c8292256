package org.cundang.samples.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cundang.ArchiveException;
import org.cundang.LocalizedText;
import org.cundang.MessageCatalog;
import org.cundang.custody.handover.FoundItem;
import org.cundang.samples.print.CatalogueCsv;

/**
 * Shared parts of {@code cundang access} and {@code cundang handover}: their message catalogue
 * ({@code custody-cli}, codes CD-9060..9069), the found-list CSV reader and the HTML writer.
 */
final class CustodyCli {

    static final MessageCatalog MESSAGES = MessageCatalog.load(CustodyCli.class, "custody-cli");
    /** The largest found-list file read. */
    static final long MAX_CSV = 16L * 1024 * 1024;

    private CustodyCli() {
    }

    /** An input the access and handover commands cannot use (CD-9060..9069). */
    static final class Failure extends ArchiveException {
        private static final long serialVersionUID = 1L;

        Failure(String code, LocalizedText text) {
            super(code, text, null);
        }
    }

    static Failure fail(String code, Object... args) {
        return new Failure(code, MESSAGES.text(code, args));
    }

    static String text(Cli cli, String key, Object... args) {
        return MESSAGES.text(key, args).in(cli.locale());
    }

    /**
     * Reads the found list: UTF-8 (a BOM is skipped), one item per line, columns {@code 档号[,备注]}, quoted fields as in
     * RFC 4180; a first line whose first cell is 档号 or code is a header; blank lines are skipped.
     */
    static List<FoundItem> readFound(Path file) {
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw fail("CD-9060", file.toString(), "not a file");
            }
            if (Files.size(file) > MAX_CSV) {
                throw fail("CD-9060", file.toString(), "larger than 16 MB");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw fail("CD-9060", file.toString(), "not UTF-8");
        } catch (IOException e) {
            throw fail("CD-9060", file.toString(), String.valueOf(e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<FoundItem> out = new ArrayList<>();
        List<List<String>> rows = rows(text);
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int line = i + 1;
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            String first = r.get(0).strip();
            if (i == 0 && (first.equals("档号") || first.equalsIgnoreCase("code"))) {
                continue;
            }
            if (r.size() > 2) {
                throw fail("CD-9061", String.valueOf(line), "more than two columns (档号,备注)");
            }
            try {
                out.add(new FoundItem(first, r.size() > 1 ? r.get(1) : null));
            } catch (ArchiveException e) {
                throw fail("CD-9061", String.valueOf(line), e.getMessage());
            }
        }
        return out;
    }

    /** Splits CSV text into rows of cells (RFC 4180 quoting; CR LF, LF or CR line ends); an open quote is CD-9061. */
    static List<List<String>> rows(String text) {
        return CatalogueCsv.split(text, line -> fail("CD-9061", String.valueOf(line), "a quoted field is not closed"));
    }

    /** Writes an HTML page (UTF-8), creating its folder when needed. */
    static void writeHtml(Path file, String html) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw fail("CD-9062", file.toString(), String.valueOf(e.getMessage()));
        }
    }
}
