package org.cundang.internal.bagit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.DigestException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tag files of a BagIt bag, versions 1.0 (RFC 8493) and 0.97. Accumulates findings; never stops at the
 * first problem. Tag files larger than {@link #MAX_TAG_FILE_BYTES} are refused with a finding (a hostile bag cannot
 * exhaust memory through its manifests).
 */
public final class BagReader {

    /** Largest tag file read (1 GiB: about 10 million manifest lines). */
    public static final long MAX_TAG_FILE_BYTES = 1L << 30;

    private static final Pattern MANIFEST = Pattern.compile("(tag)?manifest-([A-Za-z0-9]+)\\.txt");

    private BagReader() {
    }

    /**
     * Reads a bag.
     *
     * @param root the bag root, a real directory path
     * @return the model with its findings
     */
    public static BagModel read(Path root) {
        List<Finding> findings = new ArrayList<>();
        String version = null;
        Charset encoding = StandardCharsets.UTF_8;
        Path bagit = root.resolve("bagit.txt");
        if (!isRegular(bagit)) {
            findings.add(TransferMessages.finding("CD-4020", Severity.ERROR, "bagit.txt"));
        } else {
            String text = readText(bagit, StandardCharsets.UTF_8, findings);
            if (text != null) {
                if (text.startsWith("\uFEFF")) {
                    findings.add(TransferMessages.finding("CD-4034", Severity.WARNING, "bagit.txt"));
                    text = text.substring(1);
                }
                List<String> lines = lines(text);
                Matcher v = lines.size() >= 1 ? Pattern.compile("BagIt-Version: ?(\\d+\\.\\d+)").matcher(lines.get(0))
                        : null;
                Matcher e = lines.size() >= 2
                        ? Pattern.compile("Tag-File-Character-Encoding: ?(\\S+)").matcher(lines.get(1)) : null;
                if (v == null || !v.matches() || e == null || !e.matches()) {
                    findings.add(TransferMessages.finding("CD-4021", Severity.ERROR, "bagit.txt"));
                } else {
                    version = v.group(1);
                    if (!version.equals("1.0") && !version.equals("0.97")) {
                        findings.add(TransferMessages.finding("CD-4022", Severity.ERROR, "bagit.txt", version));
                    }
                    try {
                        encoding = Charset.forName(e.group(1));
                    } catch (RuntimeException ex) {
                        findings.add(TransferMessages.finding("CD-4021", Severity.ERROR, "bagit.txt"));
                    }
                }
            }
        }
        List<Map.Entry<String, String>> info = null;
        Path bagInfo = root.resolve("bag-info.txt");
        if (!isRegular(bagInfo) && "0.97".equals(version) && isRegular(root.resolve("package-info.txt"))) {
            bagInfo = root.resolve("package-info.txt");
        }
        if (isRegular(bagInfo)) {
            String text = readText(bagInfo, encoding, findings);
            if (text != null) {
                info = parseInfo(stripBom(text), findings);
            }
        }
        List<BagModel.Manifest> payload = new ArrayList<>();
        List<BagModel.Manifest> tags = new ArrayList<>();
        Map<String, Path> manifestFiles = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (MANIFEST.matcher(n).matches()) {
                    manifestFiles.put(n, p);
                }
            }
        } catch (IOException e) {
            findings.add(TransferMessages.finding("CD-4031", Severity.ERROR, ".", String.valueOf(e.getMessage())));
        }
        for (Map.Entry<String, Path> mf : manifestFiles.entrySet()) {
            Matcher m = MANIFEST.matcher(mf.getKey());
            m.matches();
            boolean tag = m.group(1) != null;
            String algId = m.group(2).toLowerCase(Locale.ROOT);
            if (!isRegular(mf.getValue())) {
                findings.add(TransferMessages.finding("CD-4064", Severity.ERROR, mf.getKey(), mf.getKey()));
                continue;
            }
            DigestAlgorithm alg = null;
            try {
                alg = DigestAlgorithm.fromId(algId);
            } catch (DigestException ex) {
                findings.add(TransferMessages.finding("CD-4035", Severity.WARNING, mf.getKey(), algId));
            }
            String text = readText(mf.getValue(), encoding, findings);
            List<BagModel.Entry> entries = text == null ? List.of()
                    : parseManifest(mf.getKey(), stripBom(text), alg, findings);
            (tag ? tags : payload).add(new BagModel.Manifest(mf.getKey(), algId, alg, List.copyOf(entries)));
        }
        if (payload.isEmpty()) {
            findings.add(TransferMessages.finding("CD-4027", Severity.ERROR, "manifest-*.txt"));
        }
        boolean fetch = Files.exists(root.resolve("fetch.txt"), LinkOption.NOFOLLOW_LINKS);
        if (fetch) {
            findings.add(TransferMessages.finding("CD-4029", Severity.ERROR, "fetch.txt"));
        }
        boolean data = Files.isDirectory(root.resolve("data"), LinkOption.NOFOLLOW_LINKS);
        if (!data) {
            findings.add(TransferMessages.finding("CD-4032", Severity.ERROR, "data/"));
        }
        return new BagModel(root, version, encoding, info == null ? null : List.copyOf(info), List.copyOf(payload),
                List.copyOf(tags), fetch, data, List.copyOf(findings));
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static boolean isRegular(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    private static @Nullable String readText(Path p, Charset cs, List<Finding> findings) {
        String name = p.getFileName().toString();
        try {
            if (Files.size(p) > MAX_TAG_FILE_BYTES) {
                findings.add(TransferMessages.finding("CD-4031", Severity.ERROR, name, "> 1 GiB"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(p);
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            findings.add(TransferMessages.finding("CD-4031", Severity.ERROR, name, cs.name()));
            return null;
        } catch (IOException e) {
            findings.add(TransferMessages.finding("CD-4031", Severity.ERROR, name, String.valueOf(e.getMessage())));
            return null;
        }
    }

    /**
     * Splits text into lines at CRLF, CR or LF (RFC 8493 §2.1 allows all three). A final empty line is dropped.
     *
     * @param text the text
     * @return the lines
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /**
     * Parses bag-info.txt: {@code Label: value}, continuation lines start with a space or tab, labels may repeat.
     *
     * @param text     the text
     * @param findings where problems go
     * @return the entries in order
     */
    static List<Map.Entry<String, String>> parseInfo(String text, List<Finding> findings) {
        List<String[]> raw = new ArrayList<>();
        int n = 0;
        for (String line : lines(text)) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            char c0 = line.charAt(0);
            if (c0 == ' ' || c0 == '\t') {
                if (raw.isEmpty()) {
                    findings.add(TransferMessages.finding("CD-4024", Severity.ERROR, "bag-info.txt",
                            String.valueOf(n)));
                } else {
                    String[] last = raw.get(raw.size() - 1);
                    last[1] = last[1] + " " + line.strip();
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                findings.add(TransferMessages.finding("CD-4024", Severity.ERROR, "bag-info.txt", String.valueOf(n)));
                continue;
            }
            raw.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
        }
        List<Map.Entry<String, String>> out = new ArrayList<>(raw.size());
        for (String[] r : raw) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(r[0], r[1]));
        }
        return out;
    }

    private static List<BagModel.Entry> parseManifest(String file, String text, @Nullable DigestAlgorithm alg,
                                                      List<Finding> findings) {
        List<BagModel.Entry> out = new ArrayList<>();
        int n = 0;
        for (String line : lines(text)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            int i = 0;
            while (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            int j = i;
            while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                j++;
            }
            String hex = line.substring(0, i).toLowerCase(Locale.ROOT);
            String path = j < line.length() ? line.substring(j) : "";
            if (path.startsWith("*")) {
                path = path.substring(1); // md5sum binary-mode marker written by some 0.97 tools
            }
            boolean hexOk = !hex.isEmpty() && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                    && (alg == null || hex.length() == alg.lengthBytes() * 2);
            if (i == 0 || j == i || path.isEmpty() || !hexOk) {
                findings.add(TransferMessages.finding("CD-4028", Severity.ERROR, file, file, String.valueOf(n)));
                continue;
            }
            out.add(new BagModel.Entry(PercentCodec.decode(path), hex, n));
        }
        return out;
    }
}
