package org.cundang.internal.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Counts the pages of an OFD (GB/T 33190-2016): {@code OFD.xml} names the document root ({@code DocBody/DocRoot});
 * its {@code Document.xml} lists {@code Pages/Page} entries, each with a {@code BaseLoc}. A page counts when its
 * {@code BaseLoc} exists in the package. Nothing is extracted to disk; XML is read with DTDs and external entities
 * off; each XML part read is capped at {@link #MAX_XML_BYTES}.
 */
public final class OfdInspector {

    /** Largest XML part read (16 MiB). */
    public static final int MAX_XML_BYTES = 16 * 1024 * 1024;

    private OfdInspector() {
    }

    /**
     * Inspects an OFD package.
     *
     * @param file the file, already checked safe
     * @return what was found; never throws for a damaged package
     */
    public static DocumentInfo inspect(Path file) {
        List<String> problems = new ArrayList<>();
        try (ZipFile z = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            String ofd = read(z, "OFD.xml");
            if (ofd == null) {
                return new DocumentInfo(-1, -1, false, List.of("OFD: no OFD.xml"));
            }
            List<String> roots = elements(ofd, "DocRoot", null);
            if (roots.isEmpty()) {
                return new DocumentInfo(-1, -1, false, List.of("OFD: OFD.xml names no DocRoot"));
            }
            String docPath = norm("", roots.get(0));
            String doc = read(z, docPath);
            if (doc == null) {
                return new DocumentInfo(-1, -1, false, List.of("OFD: " + docPath + " missing"));
            }
            boolean encrypted = z.getEntry("Encryptions.xml") != null || !elements(doc, "Encryptions", null).isEmpty();
            String dir = docPath.contains("/") ? docPath.substring(0, docPath.lastIndexOf('/') + 1) : "";
            List<String> locs = elements(doc, "Page", "BaseLoc");
            int present = 0;
            for (String loc : locs) {
                String p = loc.startsWith("/") ? norm("", loc) : norm(dir, loc);
                if (z.getEntry(p) != null) {
                    present++;
                } else {
                    problems.add("OFD: page " + p + " missing from the package");
                }
            }
            return new DocumentInfo(locs.size(), present, encrypted, problems);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return new DocumentInfo(-1, -1, false, List.of("OFD: cannot be read: " + e.getClass().getSimpleName()));
        }
    }

    private static String norm(String dir, String loc) {
        String s = (dir + loc).replace('\\', '/');
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        List<String> out = new ArrayList<>();
        for (String seg : s.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            out.add(seg);
        }
        return String.join("/", out);
    }

    private static @Nullable String read(ZipFile z, String name) throws IOException {
        ZipEntry e = z.getEntry(name);
        if (e == null || e.isDirectory()) {
            return null;
        }
        try (InputStream in = z.getInputStream(e)) {
            byte[] b = in.readNBytes(MAX_XML_BYTES + 1);
            if (b.length > MAX_XML_BYTES) {
                throw new IOException(name + " larger than " + MAX_XML_BYTES);
            }
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    /** Text of elements with the local name, or the attribute value when attr is given. */
    private static List<String> elements(String xml, String local, @Nullable String attr) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(new java.io.StringReader(xml.startsWith("\uFEFF")
                ? xml.substring(1) : xml));
        List<String> out = new ArrayList<>();
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(local)) {
                    if (attr != null) {
                        String v = r.getAttributeValue(null, attr);
                        if (v != null) {
                            out.add(v.strip());
                        }
                    } else {
                        out.add(r.getElementText().strip());
                    }
                }
            }
        } finally {
            r.close();
        }
        return out;
    }
}
