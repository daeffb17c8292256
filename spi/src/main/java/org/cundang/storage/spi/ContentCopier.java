package org.cundang.storage.spi;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.cundang.storage.ContentSubmission;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoredContent;

/**
 * What every store does with submitted content: copy it once to where the store keeps it while computing the store's
 * address digest and every digest the submission declares, then check the declared ones.
 *
 * <p>Specification for implementers: one instance per thread (it owns a buffer and reuses its digester); the
 * output stream is not closed. A source that cannot be read is CD-5013, a declared digest that does not match is
 * CD-5014; in both cases the caller discards what was written.
 */
public final class ContentCopier {

    private final DigestAlgorithm address;
    private final byte[] buffer = new byte[1 << 16];
    private MultiDigester digester;

    private ContentCopier(DigestAlgorithm address) {
        this.address = address;
        this.digester = MultiDigester.of(EnumSet.of(address));
    }

    /**
     * A copier for a store that addresses content by {@code address}.
     *
     * @param address the store's address algorithm, not null
     * @return the copier
     */
    public static ContentCopier of(DigestAlgorithm address) {
        return new ContentCopier(requireNonNull(address, "address"));
    }

    /**
     * Copies one file.
     *
     * @param content  the submitted file, not null
     * @param itemCode the 档号 of the item it belongs to (for messages), not null
     * @param out      where the bytes go, not null; not closed
     * @return the stored content: name, size, the address digest first, then the other digests computed
     * @throws StorageException CD-5013 if the source or the output fails, CD-5014 if a declared digest differs
     */
    public StoredContent copy(ContentSubmission content, String itemCode, OutputStream out) {
        requireNonNull(content, "content");
        requireNonNull(itemCode, "itemCode");
        requireNonNull(out, "out");
        EnumSet<DigestAlgorithm> algorithms = EnumSet.of(address);
        content.expected().forEach(d -> algorithms.add(d.algorithm()));
        if (!digester.algorithms().equals(algorithms)) {
            digester = MultiDigester.of(algorithms);
        }
        long size = 0;
        try (InputStream in = content.source().open()) {
            int r;
            while ((r = in.read(buffer)) >= 0) {
                digester.update(buffer, 0, r);
                out.write(buffer, 0, r);
                size += r;
            }
        } catch (IOException | RuntimeException e) {
            digester.reset();
            if (e instanceof StorageException se) {
                throw se;
            }
            throw StorageException.wrap(e, "CD-5013", StorageException.printable(content.name()), itemCode,
                    StorageException.printable(String.valueOf(e.getMessage())));
        }
        Map<DigestAlgorithm, Digest> got = digester.finish();
        for (Digest d : content.expected()) {
            if (!got.get(d.algorithm()).equals(d)) {
                throw StorageException.of("CD-5014", StorageException.printable(content.name()), itemCode,
                        d.toString(), got.get(d.algorithm()).toString());
            }
        }
        List<Digest> digests = new ArrayList<>();
        digests.add(got.get(address));
        got.values().stream().filter(d -> d.algorithm() != address).forEach(digests::add);
        return new StoredContent(content.name(), size, digests);
    }
}
