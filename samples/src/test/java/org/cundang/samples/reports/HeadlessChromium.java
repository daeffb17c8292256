package org.cundang.samples.reports;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, started by the test with {@code --headless --no-sandbox --disable-gpu
 * --disable-background-networking} (issue 7). Without it the test is skipped with the reason; with
 * {@code -Dcundang.requireBrowser=true} (set by {@code .ci/run}) it fails instead.
 */
final class HeadlessChromium {

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    static HeadlessChromium require() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String reason = "Chromium not found (apt-get install chromium); the report is not rendered in a browser";
            if (Boolean.getBoolean("cundang.requireBrowser")) {
                fail("cundang.requireBrowser=true but " + reason);
            }
            assumeTrue(false, reason);
        }
        return new HeadlessChromium(found.get());
    }

    private static Optional<Path> find() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** What a page load gave: the DOM after scripts (none) ran, and the browser's log. */
    record Load(String dom, String log, int exit) {
        /** Console errors and failed loads reported by the browser for the page. */
        List<String> pageErrors() {
            List<String> errors = new ArrayList<>();
            for (String line : log.split("\n")) {
                if (line.contains(":CONSOLE(") || line.contains("Uncaught") || line.contains("net::ERR_FILE_NOT_FOUND")
                        || line.contains("Failed to load resource")) {
                    errors.add(line);
                }
            }
            return errors;
        }
    }

    Load dumpDom(Path html, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("chromium-dom.log");
        Process p = start(work, log, "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString());
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = finish(p);
        return new Load(dom, Files.readString(log, StandardCharsets.UTF_8), exit);
    }

    int screenshot(Path html, Path png, Path work) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        Process p = start(work, work.resolve("chromium-shot.log"), "--window-size=1000,2400",
                "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(), html.toUri().toString());
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return finish(p);
    }

    private Process start(Path work, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--user-data-dir=" + work.resolve("profile").toAbsolutePath()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(log.toFile()).start();
    }

    private static int finish(Process p) throws InterruptedException {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 60 s");
        }
        return p.exitValue();
    }
}
