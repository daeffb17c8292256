package org.cundang.transfer;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeException;
import org.cundang.code.CodeTemplate;
import org.cundang.internal.bagit.BagModel;
import org.cundang.internal.bagit.BagReader;
import org.cundang.internal.bagit.BagWriter;
import org.cundang.internal.bagit.TransferMessages;
import org.cundang.catalog.CatalogueDates;
import org.cundang.internal.csv.CatalogReader;
import org.cundang.digest.DigestAlgorithm;

/**
 * Turns a plain folder ({@code catalog.csv} and {@code files/}) into a BagIt 1.0 bag with SHA-256 and SM3 payload
 * and tag manifests (issue 3 {@code transfer pack}). Derives 件数, 页数 and 起止年度 from the catalogue when not given,
 * and 全宗号 and 档案门类 from the 档号, and takes other fields from the caller, then from a {@code bag-info.txt}
 * already in the folder. The bag is written to
 * a temporary sibling and renamed into place.
 */
public final class TransferPacker {

    private final Clock clock;
    private final CodeTemplate template;

    private TransferPacker(Clock clock, CodeTemplate template) {
        this.clock = clock;
        this.template = template;
    }

    /**
     * A packer that reads 档号 with a given template (to derive 全宗号 and 档案门类).
     *
     * @param clock    gives the Bagging-Date, not null
     * @param template the 档号 template, not null
     * @return the packer
     */
    public static TransferPacker of(Clock clock, CodeTemplate template) {
        return new TransferPacker(requireNonNull(clock, "clock"), requireNonNull(template, "template"));
    }

    /**
     * A packer for DA/T 22-2015 档号.
     *
     * @param clock gives the Bagging-Date, not null
     * @return the packer
     */
    public static TransferPacker of(Clock clock) {
        return of(clock, CodeTemplate.daT22());
    }

    /**
     * Packs a folder.
     *
     * @param folder the folder, not null
     * @param bag    the bag to create (must not exist), not null
     * @param info   bag-info fields (e.g. 全宗号 → Z109), which override the folder's bag-info.txt, not null
     * @throws TransferException CD-4010 when the folder is not readable, CD-4011 when the bag cannot be written,
     *                           CD-4012 when the target exists
     */
    public void pack(Path folder, Path bag, Map<String, String> info) {
        pack(folder, bag, info, TransferProgress.NONE);
    }

    /**
     * Packs a folder, reporting progress after each payload file is copied and hashed.
     *
     * @param folder   the folder, not null
     * @param bag      the bag to create (must not exist), not null
     * @param info     bag-info fields, which override the folder's bag-info.txt, not null
     * @param progress progress, not null
     * @throws TransferException CD-4010 when the folder is not readable, CD-4011 when the bag cannot be written,
     *                           CD-4012 when the target exists
     */
    public void pack(Path folder, Path bag, Map<String, String> info, TransferProgress progress) {
        requireNonNull(progress, "progress");
        requireNonNull(folder, "folder");
        requireNonNull(bag, "bag");
        requireNonNull(info, "info");
        if (!Files.isDirectory(folder)) {
            throw new TransferException("CD-4010", TransferMessages.text("CD-4010", folder.toString()), null);
        }
        if (Files.exists(bag, LinkOption.NOFOLLOW_LINKS)) {
            throw new TransferException("CD-4012", TransferMessages.text("CD-4012", bag.toString()), null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Path existing = folder.resolve("bag-info.txt");
        if (Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
            try {
                BagModel m = BagReader.read(folder);
                if (m.bagInfo() != null) {
                    m.bagInfo().forEach(e -> fields.putIfAbsent(e.getKey(), e.getValue()));
                }
            } catch (RuntimeException e) {
                // a broken bag-info.txt in the folder is ignored: validation reports missing fields
            }
        }
        fields.putAll(info);
        Path catalog = folder.resolve("catalog.csv");
        if (Files.isRegularFile(catalog, LinkOption.NOFOLLOW_LINKS)) {
            long[] t = {0, 0, Integer.MAX_VALUE, Integer.MIN_VALUE};
            Set<String> fonds = new TreeSet<>();
            Set<String> categories = new TreeSet<>();
            CatalogReader.read(catalog, "catalog.csv", row -> {
                try {
                    ArchivalCode c = template.parse(row.get(CatalogColumn.CODE));
                    if (fonds.size() < 20) {
                        fonds.add(c.fonds());
                    }
                    c.category().ifPresent(x -> {
                        if (categories.size() < 20) {
                            categories.add(x.toString());
                        }
                    });
                } catch (CodeException e) {
                    // validation reports codes that do not parse
                }
                t[0]++;
                String p = row.get(CatalogColumn.PAGES);
                if (p.matches("\\d{1,9}")) {
                    t[1] += Integer.parseInt(p);
                }
                CatalogueDates.parse(row.get(CatalogColumn.DATE)).ifPresent(d -> {
                    t[2] = Math.min(t[2], d.getYear());
                    t[3] = Math.max(t[3], d.getYear());
                });
            });
            if (!fonds.isEmpty()) {
                fields.putIfAbsent("全宗号", String.join("、", fonds));
            }
            if (!categories.isEmpty()) {
                fields.putIfAbsent("档案门类", String.join("、", categories));
            }
            fields.putIfAbsent("件数", String.valueOf(t[0]));
            fields.putIfAbsent("页数", String.valueOf(t[1]));
            if (t[2] <= t[3]) {
                fields.putIfAbsent("起止年度", t[2] == t[3] ? String.valueOf(t[2]) : t[2] + "-" + t[3]);
            }
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        fields.forEach((k, v) -> entries.add(new AbstractMap.SimpleImmutableEntry<>(k, v)));
        try {
            BagWriter.write(folder, bag, entries, EnumSet.allOf(DigestAlgorithm.class), LocalDate.now(clock),
                    progress);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new TransferException("CD-4012", TransferMessages.text("CD-4012", bag.toString()), e);
        } catch (IOException e) {
            throw new TransferException("CD-4011", TransferMessages.text("CD-4011", bag.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }
}
