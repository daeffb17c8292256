package org.cundang.internal.bagit;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cundang.Finding;
import org.cundang.digest.DigestAlgorithm;
import org.jspecify.annotations.Nullable;

/**
 * What {@link BagReader} read from a bag: the declarations only; nothing of the payload was opened.
 *
 * @param root             the bag root (real path)
 * @param version          the BagIt version text, or null when bagit.txt is missing or malformed
 * @param encoding         the tag-file encoding (UTF-8 when not declared)
 * @param bagInfo          the bag-info.txt entries in file order (repeated labels kept), or null when absent
 * @param payloadManifests the payload manifests
 * @param tagManifests     the tag manifests
 * @param fetchPresent     whether fetch.txt exists
 * @param dataDirPresent   whether data/ is a real directory
 * @param findings         what was wrong in the tag files
 */
public record BagModel(Path root, @Nullable String version, Charset encoding, @Nullable List<Map.Entry<String, String>> bagInfo,
                       List<Manifest> payloadManifests, List<Manifest> tagManifests, boolean fetchPresent,
                       boolean dataDirPresent, List<Finding> findings) {

    /**
     * One manifest line.
     *
     * @param path the decoded path
     * @param hex  the digest text as written (lowercased)
     * @param line the 1-based line number
     */
    public record Entry(String path, String hex, int line) {
    }

    /**
     * One manifest file.
     *
     * @param fileName  e.g. {@code manifest-sm3.txt}
     * @param algId     the algorithm id from the file name
     * @param algorithm the algorithm when Cundang supports it, else null
     * @param entries   the entries in file order
     */
    public record Manifest(String fileName, String algId, @Nullable DigestAlgorithm algorithm, List<Entry> entries) {
    }

    /**
     * The values of a bag-info label (case-insensitive), in file order.
     *
     * @param label the label
     * @return the values, possibly empty
     */
    public List<String> values(String label) {
        List<String> out = new ArrayList<>();
        if (bagInfo != null) {
            for (Map.Entry<String, String> e : bagInfo) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                    out.add(e.getValue());
                }
            }
        }
        return out;
    }

    /**
     * The first value of a label.
     *
     * @param label the label
     * @return the value
     */
    public Optional<String> first(String label) {
        List<String> v = values(label);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }
}
