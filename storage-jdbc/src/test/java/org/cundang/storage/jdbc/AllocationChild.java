package org.cundang.storage.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cundang.code.CodeTemplate;
import org.cundang.code.SequenceScope;

/**
 * The child process of {@link CrossProcessAllocationTest}: opens the store at a URL, says "ready", waits for the go
 * file, allocates {@code n} 件号 in one scope and prints each number on its own line.
 */
final class AllocationChild {

    private AllocationChild() {
    }

    /**
     * Runs the child.
     *
     * @param args the JDBC URL, a 档号 naming the scope, the count, the go file
     * @throws Exception on failure (the parent sees the exit code and the output)
     */
    public static void main(String[] args) throws Exception {
        SequenceScope scope = CodeTemplate.daT22().parse(args[1]).scope();
        int n = Integer.parseInt(args[2]);
        Path go = Path.of(args[3]);
        try (JdbcArchiveStore s = JdbcArchiveStore.open(args[0], JdbcOptions.defaults())) {
            System.out.println("ready");
            System.out.flush();
            long end = System.nanoTime() + 30_000_000_000L;
            while (!Files.exists(go)) {
                if (System.nanoTime() > end) {
                    throw new IOException("no go file");
                }
                Thread.sleep(2);
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                out.append(s.allocate(scope).item()).append('\n');
            }
            System.out.print(out);
            System.out.flush();
        }
    }
}
