package org.cundang.storage.fs;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.tck.CustodyPropertyKit;

/** The custody property ({@link CustodyPropertyKit}) on real storage-fs stores (a new folder per try). */
class FsCustodyPropertyTest {

    @Provide
    Arbitrary<List<CustodyPropertyKit.Spec>> stores() {
        return CustodyPropertyKit.stores();
    }

    @Provide
    Arbitrary<List<CustodyPropertyKit.Step>> steps() {
        return CustodyPropertyKit.steps();
    }

    @Property(tries = 120)
    void nothingIsDestroyedWhileHeldOrBeforeDueAndNothingVanishes(@ForAll("stores") List<CustodyPropertyKit.Spec> specs,
                                                                  @ForAll("steps") List<CustodyPropertyKit.Step> steps)
            throws IOException {
        CustodyPropertyKit.checkOnDisk(dir -> FsArchiveStore.open(dir.resolve("store"), StoreOptions.defaults()), specs, steps);
    }
}
