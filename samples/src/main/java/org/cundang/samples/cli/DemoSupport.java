package org.cundang.samples.cli;

import java.nio.file.Path;
import java.util.List;
import org.cundang.storage.TransferReceipt;

/** What the demo needs from the CLI's accept logic, for embedding and tests. */
public final class DemoSupport {

    private DemoSupport() {
    }

    /**
     * Validates a bag against the Rui'an example schedule and accepts it into a store.
     *
     * @param bag   the bag, not null
     * @param store the store location, not null
     * @return the receipt, or null when a MUST check failed
     */
    public static TransferReceipt accept(Path bag, String store) {
        return TransferAcceptCommand.accept(bag, store, List.of("ruian-example"), CodeCommand.template("da-t-22"),
                "demo", null).receipt();
    }
}
