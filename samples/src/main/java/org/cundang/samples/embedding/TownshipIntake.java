package org.cundang.samples.embedding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cundang.ArchiveException;
import org.cundang.retention.RetentionStatus;
import org.cundang.schedule.Schedules;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.StoredItem;
import org.cundang.transfer.CheckResult;
import org.cundang.transfer.TransferReport;
import org.cundang.transfer.TransferReports;
import org.cundang.transfer.TransferValidator;

/**
 * What a township system does with a village transfer, in forty lines of public API: validate it, write the
 * 移交检验报告, and report what in the store is due for appraisal (鉴定) today.
 *
 * <p>Run: {@code java -cp samples/target/cundang.jar org.cundang.samples.embedding.TownshipIntake <folder-or-bag> [store]}.
 */
public final class TownshipIntake {

    private TownshipIntake() {
    }

    /**
     * Runs the example.
     *
     * @param args the transfer folder or bag, and optionally the store location (default {@code cundang-data})
     * @throws Exception when the report cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TownshipIntake <folder-or-bag> [store]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        String storeLocation = args.length > 1 ? args[1] : "cundang-data";
        try {
            TransferValidator validator = TransferValidator.builder()
                    .schedules(List.of(Schedules.bundled().schedule("ruian-example")))
                    .build();
            TransferReport report = validator.validate(input);
            Path html = Path.of("intake-report.html");
            Files.writeString(html, TransferReports.html(report, Locale.SIMPLIFIED_CHINESE, input.toString(),
                    LocalDate.now()));
            for (CheckResult r : report.results()) {
                if (r.isMustFailure()) {
                    System.out.println(r.rule() + " " + r.code() + " " + r.subject() + ": " + r.message().zh());
                }
            }
            System.out.println((report.hasMustFailure() ? "拒收" : "可以接收") + "，报告：" + html.toAbsolutePath());
            if (Files.isDirectory(Path.of(storeLocation))) {
                try (ArchiveStore store = ArchiveStores.load().open(ArchiveStores.toUri(storeLocation),
                        StoreOptions.builder().readOnly(true).clock(Clock.systemUTC()).build())) {
                    List<StoredItem> due = store.query(ItemQuery.builder()
                            .status(RetentionStatus.DUE_FOR_APPRAISAL, LocalDate.now()).limit(1000).build());
                    System.out.println("今日到期待鉴定：" + due.size() + " 件");
                }
            }
        } catch (ArchiveException e) {
            System.err.println(e.getMessage(Locale.SIMPLIFIED_CHINESE));
            System.exit(2);
        }
    }
}
