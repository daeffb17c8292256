package org.cundang.samples.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cundang.Finding;
import org.cundang.catalog.CatalogueEntry;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionStatus;
import org.cundang.storage.ArchiveStore;
import org.cundang.storage.ArchiveStores;
import org.cundang.storage.AuditEvent;
import org.cundang.storage.Disposal;
import org.cundang.storage.ItemQuery;
import org.cundang.storage.StoreOptions;
import org.cundang.storage.StoredContent;
import org.cundang.storage.StoredItem;
import org.cundang.storage.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cundang store show|query|verify|audit}: the township's store. */
@Command(name = "store", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {StoreCommand.Show.class, StoreCommand.Query.class, StoreCommand.Verify.class,
                StoreCommand.Audit.class})
final class StoreCommand {

    /** The default store: a folder in the current directory. */
    static final String DEFAULT_STORE = "cundang-data";

    static ArchiveStore open(String location, boolean readOnly) {
        return ArchiveStores.load(StoreCommand.class.getClassLoader())
                .open(ArchiveStores.toUri(location), StoreOptions.builder().readOnly(readOnly)
                        .clock(Clock.systemUTC()).build());
    }

    static Map<String, Object> itemJson(StoredItem i, LocalDate asOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        CatalogueEntry e = i.entry();
        m.put("code", i.code().toString());
        m.put("title", e.title());
        m.put("responsible", e.responsible());
        m.put("documentNumber", e.documentNumber());
        m.put("date", e.date());
        m.put("pages", e.pages());
        m.put("period", i.period().code());
        m.put("expiry", i.expiry() == null ? null : i.expiry().toString());
        m.put("status", i.status(asOf).name());
        m.put("scheduleEntry", i.scheduleEntry());
        m.put("townshipCustody", i.townshipCustody());
        m.put("transfer", i.transferId());
        List<Map<String, Object>> holds = new ArrayList<>();
        for (org.cundang.retention.RetentionHold h : i.holds()) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("reason", h.reason());
            hm.put("since", h.since().toString());
            hm.put("until", h.end().map(LocalDate::toString).orElse(null));
            holds.add(hm);
        }
        m.put("holds", holds);
        if (i.disposal() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("appraisal", i.disposal().appraisalId());
            d.put("destruction", i.disposal().destructionId());
            d.put("destroyedOn", i.disposal().destroyedOn() == null ? null : i.disposal().destroyedOn().toString());
            m.put("disposal", d);
        }
        List<Map<String, Object>> files = new ArrayList<>();
        for (StoredContent c : i.content()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", c.name());
            f.put("bytes", c.size());
            f.put("address", c.address().toString());
            files.add(f);
        }
        m.put("content", files);
        return m;
    }

    /** The --store option, shared by every command that opens the store. */
    abstract static class StoreOption {
        @Option(names = "--store", defaultValue = DEFAULT_STORE, paramLabel = "URI", descriptionKey = "store.store")
        String store;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Show extends StoreOption implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<档号>", descriptionKey = "code.code")
        String code;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            try (ArchiveStore s = open(store, true)) {
                StoredItem item = s.require(code);
                Map<String, Object> m = itemJson(item, LocalDate.now(Clock.systemDefaultZone()));
                if (cli.json()) {
                    cli.printJson(m);
                } else {
                    printItem(cli, item, LocalDate.now(Clock.systemDefaultZone()));
                }
            }
            return CundangCommand.OK;
        }
    }

    /** One item as an archivist reads it: labelled rows in the chosen language, — for what is not there. */
    static void printItem(Cli cli, StoredItem i, LocalDate asOf) {
        CatalogueEntry e = i.entry();
        row(cli, "code", i.code().toString());
        row(cli, "title", e.title());
        row(cli, "responsible", e.responsible());
        row(cli, "documentNumber", e.documentNumber());
        row(cli, "date", e.date());
        row(cli, "pages", String.valueOf(e.pages()));
        row(cli, "period", cli.periodText(i.period()));
        row(cli, "expiry", i.expiry() == null ? null : i.expiry().toString());
        row(cli, "status", cli.text("retention.status." + i.status(asOf).name()));
        row(cli, "scheduleEntry", i.scheduleEntry());
        row(cli, "townshipCustody", cli.text(i.townshipCustody() ? "store.show.yes" : "store.show.no"));
        row(cli, "transfer", i.transferId());
        for (RetentionHold h : i.holds()) {
            row(cli, "hold", cli.text("store.show.holdText", h.reason(), h.since().toString(),
                    h.end().map(LocalDate::toString).orElse("…")));
        }
        Disposal d = i.disposal();
        if (d != null && d.destroyedOn() != null) {
            row(cli, "disposal", cli.text("store.show.disposalText", d.appraisalId(), d.destructionId(),
                    d.destroyedOn().toString()));
        } else if (d != null) {
            row(cli, "decided", cli.text("store.show.decidedText", d.appraisalId()));
        }
        for (StoredContent c : i.content()) {
            row(cli, "file", cli.text("store.show.fileText", c.name(), String.valueOf(c.size())));
        }
    }

    private static void row(Cli cli, String key, String value) {
        cli.out().println(cli.text("store.show." + key) + "\t" + (value == null || value.isBlank() ? "—" : value));
    }

    @Command(name = "query", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Query extends StoreOption implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--fonds", descriptionKey = "store.fonds")
        String fonds;

        @Option(names = "--year", descriptionKey = "store.year")
        Integer year;

        @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "store.status")
        RetentionStatus status;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "retention.asOf")
        String asOf;

        @Option(names = "--expiring-before", paramLabel = "YYYY-MM-DD", descriptionKey = "store.expiringBefore")
        String expiringBefore;

        @Option(names = "--township-custody", arity = "1", paramLabel = "true|false", descriptionKey = "store.custody")
        Boolean custody;

        @Option(names = "--transfer", paramLabel = "ID", descriptionKey = "store.transfer")
        String transfer;

        @Option(names = "--limit", defaultValue = "100", descriptionKey = "store.limit")
        int limit;

        @Option(names = "--offset", defaultValue = "0", descriptionKey = "store.offset")
        long offset;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            LocalDate day = asOf == null ? LocalDate.now(Clock.systemDefaultZone()) : Cli.date("--as-of", asOf);
            ItemQuery.Builder q = ItemQuery.builder().limit(limit).offset(offset);
            if (fonds != null) {
                q.fonds(fonds);
            }
            if (year != null) {
                q.year(year);
            }
            if (status != null) {
                q.status(status, day);
            }
            if (expiringBefore != null) {
                q.expiringBefore(Cli.date("--expiring-before", expiringBefore));
            }
            if (custody != null) {
                q.townshipCustody(custody);
            }
            if (transfer != null) {
                q.transfer(transfer);
            }
            try (ArchiveStore s = open(store, true)) {
                List<StoredItem> items = s.query(q.build());
                if (cli.json()) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    items.forEach(i -> list.add(itemJson(i, day)));
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("count", list.size());
                    doc.put("items", list);
                    cli.printJson(doc);
                } else {
                    for (StoredItem i : items) {
                        cli.out().println(i.code() + "\t" + i.entry().title() + "\t" + i.period().code() + "\t"
                                + (i.expiry() == null ? "—" : i.expiry()) + "\t"
                                + cli.text("retention.status." + i.status(day).name()));
                    }
                    cli.out().println(cli.text("store.count", String.valueOf(items.size())));
                }
            }
            return CundangCommand.OK;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Verify extends StoreOption implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            VerificationReport r;
            try (ArchiveStore s = open(store, true)) {
                r = s.verify();
            }
            if (cli.json()) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("ok", r.ok());
                doc.put("items", r.items());
                doc.put("blobs", r.blobs());
                doc.put("events", r.events());
                doc.put("findings", Findings.toJson(r.findings(), cli));
                cli.printJson(doc);
            } else {
                for (Finding f : r.findings()) {
                    cli.out().println(Findings.line(f, cli));
                }
                cli.out().println(cli.text(r.ok() ? "store.verify.ok" : "store.verify.failed",
                        String.valueOf(r.items()), String.valueOf(r.blobs()), String.valueOf(r.events()),
                        String.valueOf(r.findings().size())));
            }
            return r.ok() ? CundangCommand.OK : CundangCommand.CHECK_FAILED;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Audit extends StoreOption implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", defaultValue = "0", descriptionKey = "store.from")
        long from;

        @Option(names = "--limit", defaultValue = "1000", descriptionKey = "store.limit")
        int limit;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            List<AuditEvent> events;
            try (ArchiveStore s = open(store, true)) {
                events = s.auditTrail(from, limit);
            }
            if (cli.json()) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (AuditEvent e : events) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("sequence", e.sequence());
                    m.put("time", e.time().toString());
                    m.put("actor", e.actor());
                    m.put("action", e.action());
                    m.put("subject", e.subject());
                    m.put("details", e.details());
                    m.put("previous", e.previous().toString());
                    m.put("digest", e.digest().toString());
                    list.add(m);
                }
                cli.printJson(Map.of("events", list));
            } else {
                for (AuditEvent e : events) {
                    cli.out().println(e.sequence() + "\t" + e.time() + "\t" + e.actor() + "\t" + e.action() + "\t"
                            + e.subject());
                }
            }
            return CundangCommand.OK;
        }
    }

}
