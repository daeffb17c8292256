package org.cundang.sensors.serial.testkit;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The external tools the end-to-end tests need (socat, gcc + pkg-config + libmodbus, mbpoll). Missing tools skip
 * the test with the reason; with {@code -Dcundang.requireSerialTools=true} (set by {@code .ci/run}) they fail it.
 */
public final class SerialTools {

    private SerialTools() {
    }

    public static boolean strict() {
        return Boolean.getBoolean("cundang.requireSerialTools");
    }

    public static void require(boolean present, String reason) {
        if (present) {
            return;
        }
        String message = reason + " (Debian: apt-get install socat libmodbus-dev mbpoll pkg-config gcc)";
        if (strict()) {
            fail("cundang.requireSerialTools=true but " + message);
        }
        Assumptions.assumeTrue(false, "skipped: " + message);
    }

    public static void requireSocat() {
        require(onPath("socat"), "socat is not installed, so no pseudo-terminal pair can be made");
    }

    public static void requireLibmodbus() {
        requireSocat();
        require(onPath("gcc") && onPath("pkg-config") && run("pkg-config", "--exists", "libmodbus") == 0,
                "gcc, pkg-config or libmodbus-dev is missing, so the libmodbus test slave cannot be built");
    }

    public static void requireMbpoll() {
        requireSocat();
        require(onPath("mbpoll"), "mbpoll is not installed, so the simulator cannot be polled by a third-party master");
    }

    public static boolean onPath(String tool) {
        return run("sh", "-c", "command -v " + tool) == 0;
    }

    public static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Runs a command and returns its output; fails the test on a non-zero exit. */
    public static String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            fail(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + out);
        }
        return out;
    }
}
