package org.cundang.storage.jdbc;

import java.io.IOException;
import java.util.List;
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
        CustodyPropertyKit.checkOnDisk(dir -> JdbcArchiveStore.open("jdbc:sqlite:" + dir.resolve("store.db"),
                JdbcOptions.from(StoreOptions.defaults())), specs, steps);
    }
}
