package org.cundang.storage.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Changes store files behind the store's back, as an intruder or a failing disk would. */
final class FsTamper {

    private FsTamper() {
    }

    static void flipByte(Path f) {
        try {
            byte[] b = Files.readAllBytes(f);
            b[b.length / 2] ^= 0x01;
            Files.write(f, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits line {@code no} (from 1); a null result removes it. */
    static void editLine(Path f, int no, UnaryOperator<String> edit) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
            String n = edit.apply(lines.get(no - 1));
            if (n == null) {
                lines.remove(no - 1);
            } else {
                lines.set(no - 1, n);
            }
            Files.write(f, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
