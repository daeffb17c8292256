package org.cundang.transfer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a {@link TransferCheck} may see of a transfer. The catalogue is streamed (a million rows do not fit a small
 * heap as objects), so each call to {@link #forEachCatalogRow} reads the file again.
 */
public interface TransferContext {

    /** Whether the input is a BagIt bag (false: a plain folder). */
    boolean isBag();

    /** The bag-info.txt entries: label to its values in file order (empty for a plain folder). */
    Map<String, List<String>> bagInfo();

    /** The payload paths that passed path safety (relative, "/"-separated, e.g. {@code data/files/x.pdf}). */
    Set<String> payloadFiles();

    /**
     * The digests the bag's payload manifests declare, per payload path ({@code data/…}, percent-decoded), for the
     * algorithms Cundang supports; empty for a plain folder. Stores use them as the expected digests of the content
     * they accept, so a file changed after validation is refused.
     *
     * @return path to its declared digests, unmodifiable
     */
    default Map<String, List<org.cundang.digest.Digest>> payloadDigests() {
        return Map.of();
    }

    /** Whether a readable catalogue with the required columns was found. */
    boolean catalogPresent();

    /**
     * Streams the catalogue rows (nothing when {@link #catalogPresent()} is false).
     *
     * @param action called once per row, not null
     */
    void forEachCatalogRow(Consumer<CatalogRow> action);

    /** The digitisation profile. */
    DigitisationProfile profile();

    /** The results of the built-in checks (for checks that depend on them). */
    List<CheckResult> builtInResults();
}
