package org.cundang.samples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.code.ArchivalCode;
import org.cundang.code.CodeTemplate;
import org.cundang.digest.Digest;
import org.cundang.retention.LegacyPeriodMapping;
import org.cundang.retention.RetentionEvaluator;
import org.cundang.retention.RetentionItem;
import org.cundang.retention.RetentionPeriod;
import org.cundang.schedule.ResolvedEntry;
import org.cundang.schedule.RetentionSchedule;
import org.cundang.storage.ContentSubmission;
import org.cundang.storage.ItemSubmission;
import org.cundang.storage.TransferSubmission;
import org.cundang.transfer.CatalogColumn;
import org.cundang.transfer.CatalogRow;
import org.cundang.transfer.CheckResult;
import org.cundang.transfer.TransferCheck;
import org.cundang.transfer.TransferContext;
import org.cundang.transfer.TransferRule;

/**
 * Turns a validated bag into a {@link TransferSubmission}: one item per 目录 row, the row's scans as content (opened
 * from the bag's payload, with the digests its manifests declare as expected digests, so a file changed after
 * validation is refused by the store), the period and expiry from the schedule entry.
 *
 * <p>It gathers the rows through the validator's public extension point ({@link TransferCheck}), in the same pass
 * as validation, and reports nothing itself.
 */
final class TransferAcceptance implements TransferCheck {

    private final Path bag;
    private final CodeTemplate template;
    private final List<RetentionSchedule> schedules;
    private final List<CatalogRow> rows = new ArrayList<>();
    private Map<String, List<String>> bagInfo = Map.of();
    private List<String> payload = List.of();
    private Map<String, List<Digest>> declared = Map.of();

    TransferAcceptance(Path bag, CodeTemplate template, List<RetentionSchedule> schedules) {
        this.bag = bag;
        this.template = template;
        this.schedules = schedules;
    }

    @Override
    public TransferRule rule() {
        return TransferRule.CATALOG_FORMAT;
    }

    @Override
    public List<CheckResult> run(TransferContext ctx) {
        bagInfo = ctx.bagInfo();
        payload = new ArrayList<>(ctx.payloadFiles());
        declared = ctx.payloadDigests();
        ctx.forEachCatalogRow(rows::add);
        return List.of();
    }

    /** The submission; call after a validation without a failing MUST. */
    TransferSubmission submission(String actor) {
        String fonds = first("全宗号").orElse("");
        String batch = first("移交批次").orElse(fonds + "-" + first("Bagging-Date").orElse("batch"));
        TransferSubmission.Builder t = TransferSubmission.builder(fonds + "/" + batch, fonds).batch(batch).actor(actor);
        for (String label : List.of("立档单位", "接收单位", "档案门类", "起止年度", "件数", "页数", "移交人", "接收人",
                "Payload-Oxum", "Bagging-Date")) {
            first(label).ifPresent(v -> t.metadata(label, v));
        }
        Map<String, List<String>> filesByCode = new HashMap<>();
        for (String p : payload) {
            if (!p.startsWith("data/files/")) {
                continue;
            }
            String rest = p.substring("data/files/".length());
            int slash = rest.indexOf('/');
            String code = slash > 0 ? rest.substring(0, slash) : stripExtension(rest);
            filesByCode.computeIfAbsent(code, k -> new ArrayList<>()).add(p);
        }
        RetentionEvaluator evaluator = RetentionEvaluator.of(Clock.systemUTC());
        for (CatalogRow row : rows) {
            CatalogueEntry entry = new CatalogueEntry(integer(row.get(CatalogColumn.SERIAL)), row.get(CatalogColumn.CODE),
                    row.get(CatalogColumn.DOC_NUMBER), row.get(CatalogColumn.CREATOR), row.get(CatalogColumn.TITLE),
                    row.get(CatalogColumn.DATE), row.get(CatalogColumn.CLASSIFICATION), integer(row.get(CatalogColumn.PAGES)),
                    row.get(CatalogColumn.PERIOD), row.get(CatalogColumn.REMARKS), blankToNull(row.get(CatalogColumn.ENTRY)));
            ArchivalCode code = template.parse(entry.code().strip());
            RetentionPeriod period = entry.retentionPeriod(LegacyPeriodMapping.defaults()).orElseThrow();
            Optional<ResolvedEntry> scheduled = entry.scheduleEntry() == null ? Optional.empty()
                    : schedules.stream().map(s -> s.entry(entry.scheduleEntry())).flatMap(Optional::stream).findFirst();
            LocalDate formed = entry.parsedDate().orElseThrow();
            RetentionItem.Builder ri = RetentionItem.builder().formed(formed);
            if (scheduled.isPresent() && scheduled.get().period().equals(period)) {
                ri.rule(scheduled.get().rule());
            } else {
                ri.period(period);
            }
            ItemSubmission.Builder item = ItemSubmission.builder(entry, code)
                    .scheduleEntry(entry.scheduleEntry())
                    .retention(ri.build(), evaluator)
                    .townshipCustody(scheduled.map(s -> s.entry().townshipCustody()).orElse(false));
            List<String> files = new ArrayList<>(filesByCode.getOrDefault(code.toString(), List.of()));
            files.sort(String::compareTo);
            for (String f : files) {
                Path file = bag.resolve(f);
                item.content(new ContentSubmission(f.substring("data/".length()), () -> {
                    if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException("not a regular file: " + f);
                    }
                    return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                }, declared.getOrDefault(f, List.of())));
            }
            t.item(item.build());
        }
        return t.build();
    }


    private Optional<String> first(String label) {
        List<String> v = bagInfo.get(label);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0).strip());
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
