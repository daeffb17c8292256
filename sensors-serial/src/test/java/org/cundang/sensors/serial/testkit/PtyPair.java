package org.cundang.sensors.serial.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A pair of linked pseudo-terminals made by socat: bytes written to one end come out of the other, as over a
 * null-modem cable. {@code socat -d -d pty,raw,echo=0,link=A pty,raw,echo=0,link=B}.
 */
public final class PtyPair implements AutoCloseable {

    private final Process socat;
    private final Path dir;
    private final Path a;
    private final Path b;

    private PtyPair(Process socat, Path dir, Path a, Path b) {
        this.socat = socat;
        this.dir = dir;
        this.a = a;
        this.b = b;
    }

    public static PtyPair open() throws IOException, InterruptedException {
        SerialTools.requireSocat();
        Path dir = Files.createTempDirectory("cundang-pty");
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IllegalStateException("socat did not create the pseudo-terminals: "
                        + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(10);
        }
        return new PtyPair(p, dir, a, b);
    }

    public String a() {
        return a.toString();
    }

    public String b() {
        return b.toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
