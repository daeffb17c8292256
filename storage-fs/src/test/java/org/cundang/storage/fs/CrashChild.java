package org.cundang.storage.fs;

import java.nio.file.Path;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.CodeTemplate;
import org.cundang.storage.ContentSource;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.TransferSubmission;

/**
 * The child process of the crash and writer-lock tests: {@code accept <dir> <first>} accepts transfers of
 * {@value #ITEMS} items until it is killed, printing {@code OK <id>} after each; {@code hold <dir>} opens the store
 * as the writer and waits.
 */
public final class CrashChild {

    static final int ITEMS = 150;

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (FsArchiveStore store = FsArchiveStore.open(dir, StoreOptions.defaults())) {
            System.out.println("READY");
            System.out.flush();
            if (args[0].equals("hold")) {
                Thread.sleep(60_000);
                return;
            }
            CodeTemplate t = CodeTemplate.daT22();
            for (int k = Integer.parseInt(args[2]); ; k++) {
                TransferSubmission.Builder b = TransferSubmission.builder("T-" + k, "Z109").actor("crash");
                for (int i = 1; i <= ITEMS; i++) {
                    String code = String.format("Z109-WS·%d-D30-BGS-%04d", 1900 + k, i);
                    byte[] bytes = new byte[8192];
                    new java.util.Random(k * 1000L + i).nextBytes(bytes);
                    b.item(ItemSubmission.builder(new CatalogueEntry(i, code, "", "r", "t" + i, "20110101", "", 1,
                            "D30", "", null), t.parse(code)).content(code + ".jpg", ContentSource.ofBytes(bytes))
                            .build());
                }
                store.accept(b.build());
                System.out.println("OK T-" + k);
                System.out.flush();
            }
        }
    }
}
