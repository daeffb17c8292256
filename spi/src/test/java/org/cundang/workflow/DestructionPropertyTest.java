package org.cundang.workflow;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.tck.CustodyPropertyKit;
import org.cundang.storage.tck.InMemoryArchiveStore;

/** The custody property ({@link CustodyPropertyKit}) on the in-memory store, with many tries. */
class DestructionPropertyTest {

    @Provide
    Arbitrary<List<CustodyPropertyKit.Spec>> stores() {
        return CustodyPropertyKit.stores();
    }

    @Provide
    Arbitrary<List<CustodyPropertyKit.Step>> steps() {
        return CustodyPropertyKit.steps();
    }

    @Property(tries = 300)
    void nothingIsDestroyedWhileHeldOrBeforeDueAndNothingVanishes(@ForAll("stores") List<CustodyPropertyKit.Spec> specs,
                                                                  @ForAll("steps") List<CustodyPropertyKit.Step> steps) {
        CustodyPropertyKit.check(new InMemoryArchiveStore(StoreOptions.builder().build()), specs, steps);
    }
}
