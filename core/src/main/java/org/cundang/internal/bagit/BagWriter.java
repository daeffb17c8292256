package org.cundang.internal.bagit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cundang.digest.Digest;
import org.cundang.digest.DigestAlgorithm;
import org.cundang.digest.MultiDigester;
import org.cundang.transfer.TransferProgress;

/**
 * Writes a BagIt 1.0 bag (RFC 8493): UTF-8 tag files, payload manifests and tag manifests for each algorithm,
 * Payload-Oxum and Bagging-Date. Files are copied and hashed in the same pass. The bag is written into a hidden
 * sibling directory and renamed into place at the end, so a crash never leaves a half bag under the target name.
 */
public final class BagWriter {

    private BagWriter() {
    }

    /** A source file that is not a regular file (link, device, FIFO). */
    public static final class UnsafeSourceException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsafeSourceException(String path) {
            super(path);
        }
    }

    /**
     * Writes a bag.
     *
     * @param source     the folder whose contents become data/ (top-level bag-info.txt and bagit.txt skipped)
     * @param target     the bag directory; must not exist
     * @param info       bag-info entries in order (Payload-Oxum and Bagging-Date are added)
     * @param algorithms the manifest algorithms
     * @param date       the Bagging-Date
     * @throws IOException on a write failure or an unsafe source entry
     */
    public static void write(Path source, Path target, List<Map.Entry<String, String>> info,
                             Set<DigestAlgorithm> algorithms, LocalDate date) throws IOException {
        write(source, target, info, algorithms, date, TransferProgress.NONE);
    }

    /**
     * Writes a bag, reporting progress after each payload file.
     *
     * @param source     the folder whose contents become data/
     * @param target     the bag directory; must not exist
     * @param info       bag-info entries in order
     * @param algorithms the manifest algorithms
     * @param date       the Bagging-Date
     * @param progress   progress (files and bytes copied of the totals)
     * @throws IOException on a write failure or an unsafe source entry
     */
    public static void write(Path source, Path target, List<Map.Entry<String, String>> info,
                             Set<DigestAlgorithm> algorithms, LocalDate date, TransferProgress progress)
            throws IOException {
        long[] total = {0, 0};
        try (var walk = Files.walk(source.toRealPath())) {
            walk.forEach(f -> {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    total[0]++;
                    try {
                        total[1] += Files.size(f);
                    } catch (IOException e) {
                        // counted as 0 bytes; the copy below reports the error
                    }
                }
            });
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString());
        }
        Path parent = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        try {
            Path data = Files.createDirectory(tmp.resolve("data"));
            Map<DigestAlgorithm, TreeMap<String, String>> manifests = new EnumMap<>(DigestAlgorithm.class);
            algorithms.forEach(a -> manifests.put(a, new TreeMap<>()));
            MultiDigester digester = MultiDigester.of(algorithms);
            long[] oxum = {0, 0};
            byte[] buf = new byte[512 * 1024];
            Path src = source.toRealPath();
            Files.walkFileTree(src, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(src)) {
                        Files.createDirectories(data.resolve(rel(src, dir)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String rel = rel(src, file);
                    if (file.getParent().equals(src) && (rel.equals("bag-info.txt") || rel.equals("bagit.txt"))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile()) {
                        throw new UnsafeSourceException(rel);
                    }
                    digester.reset();
                    long n = 0;
                    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                         OutputStream out = Files.newOutputStream(data.resolve(rel),
                                 StandardOpenOption.CREATE_NEW)) {
                        int r;
                        while ((r = in.read(ByteBuffer.wrap(buf))) > 0) {
                            digester.update(buf, 0, r);
                            out.write(buf, 0, r);
                            n += r;
                        }
                    }
                    Map<DigestAlgorithm, Digest> d = digester.finish();
                    d.forEach((a, v) -> manifests.get(a).put("data/" + rel, v.hex()));
                    oxum[0] += n;
                    oxum[1]++;
                    progress.progress(oxum[1], total[0], oxum[0], total[1]);
                    return FileVisitResult.CONTINUE;
                }
            });
            writeText(tmp.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
            StringBuilder bi = new StringBuilder();
            for (Map.Entry<String, String> e : info) {
                if (!e.getKey().equalsIgnoreCase("Payload-Oxum") && !e.getKey().equalsIgnoreCase("Bagging-Date")) {
                    bi.append(e.getKey()).append(": ").append(e.getValue().replaceAll("[\r\n]+", " ")).append('\n');
                }
            }
            bi.append("Bagging-Date: ").append(date).append('\n');
            bi.append("Payload-Oxum: ").append(oxum[0]).append('.').append(oxum[1]).append('\n');
            writeText(tmp.resolve("bag-info.txt"), bi.toString());
            List<String> tagFiles = new ArrayList<>(List.of("bagit.txt", "bag-info.txt"));
            for (Map.Entry<DigestAlgorithm, TreeMap<String, String>> m : manifests.entrySet()) {
                String name = "manifest-" + m.getKey().id() + ".txt";
                writeText(tmp.resolve(name), manifestText(m.getValue()));
                tagFiles.add(name);
            }
            for (DigestAlgorithm a : manifests.keySet()) {
                TreeMap<String, String> tm = new TreeMap<>();
                MultiDigester one = MultiDigester.of(a);
                for (String t : tagFiles) {
                    tm.put(t, one.digest(Files.readAllBytes(tmp.resolve(t))).get(a).hex());
                }
                writeText(tmp.resolve("tagmanifest-" + a.id() + ".txt"), manifestText(tm));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static String manifestText(Map<String, String> entries) {
        StringBuilder b = new StringBuilder();
        entries.forEach((p, h) -> b.append(h).append("  ").append(PercentCodec.encode(p)).append('\n'));
        return b.toString();
    }

    private static String rel(Path root, Path p) {
        StringBuilder b = new StringBuilder();
        for (Path seg : root.relativize(p)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(seg);
        }
        return b.toString();
    }

    private static void writeText(Path p, String s) throws IOException {
        Files.write(p, s.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove temporary bag " + root, e);
        }
    }
}
