package org.cundang.storage.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.tck.CustodyPropertyKit;

/** The custody property ({@link CustodyPropertyKit}) on real storage-jdbc stores in SQLite (a new database file per try). */
class SqliteCustodyPropertyTest {

    @Provide
    Arbitrary<List<CustodyPropertyKit.Spec>> stores() {
        return CustodyPropertyKit.stores();
    }

    @Provide
    Arbitrary<List<CustodyPropertyKit.Step>> steps() {
        return CustodyPropertyKit.steps();
    }

    @Property(tries = 80)
    void nothingIsDestroyedWhileHeldOrBeforeDueAndNothingVanishes(@ForAll("stores") List<CustodyPropertyKit.Spec> specs,
                                                                  @ForAll("steps") List<CustodyPropertyKit.Step> steps)
            throws IOException {
        Path dir = Files.createTempDirectory("cundang-sqlite-property");
        String url = "jdbc:sqlite:" + dir.resolve("store.db");
        org.cundang.storage.ArchiveStore[] open = {JdbcArchiveStore.open(url, JdbcOptions.from(StoreOptions.defaults()))};
        try {
            CustodyPropertyKit.check(open[0], specs, steps, s -> {
                s.close();
                open[0] = JdbcArchiveStore.open(url, JdbcOptions.from(StoreOptions.defaults()));
                return open[0];
            });
        } finally {
            open[0].close();
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
