package org.cundang.samples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cundang.custody.handover.Difference;
import org.cundang.custody.handover.FoundItem;
import org.cundang.custody.handover.Handover;
import org.cundang.custody.handover.HandoverInventory;
import org.cundang.custody.handover.InventoryLine;
import org.cundang.storage.ArchiveStore;
import org.cundang.workflow.HandoverWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cundang handover inventory|record|show}: 离任交接 on the store. {@code record} and {@code show} exit 1 when
 * the count differs from the list.
 */
@Command(name = "handover", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages",
        subcommands = {HandoverCommand.Inventory.class, HandoverCommand.Record.class, HandoverCommand.Show.class})
final class HandoverCommand {

    private HandoverCommand() {
    }

    abstract static class Base extends StoreCommand.StoreOption {
        @Spec
        CommandSpec spec;

        @Option(names = "--html", paramLabel = "FILE", descriptionKey = "handover.html")
        Path html;
    }

    abstract static class Selection extends Base {
        @Option(names = "--fonds", required = true, descriptionKey = "handover.fonds")
        String fonds;

        @Option(names = "--village-only", descriptionKey = "handover.villageOnly")
        boolean villageOnly;
    }

    static Map<String, Object> inventoryJson(HandoverInventory inv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fonds", inv.fonds());
        m.put("villageKeptOnly", inv.villageKeptOnly());
        m.put("asOf", inv.asOf().toString());
        m.put("items", inv.lines().size());
        m.put("pages", inv.pages());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (InventoryLine l : inv.lines()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", l.code());
            x.put("title", l.title());
            x.put("year", l.year());
            x.put("period", l.period());
            x.put("pages", l.pages());
            x.put("files", l.files());
            lines.add(x);
        }
        m.put("lines", lines);
        m.put("destroyed", inv.destroyed());
        return m;
    }

    static Map<String, Object> handoverJson(Handover h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("date", h.date().toString());
        m.put("outgoing", h.outgoing());
        m.put("incoming", h.incoming());
        m.put("supervisor", h.supervisor());
        m.put("remarks", h.remarks());
        m.put("clean", h.isClean());
        List<Map<String, Object>> ds = new ArrayList<>();
        for (Difference d : h.differences()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", d.code());
            x.put("kind", d.kind().name());
            x.put("title", d.title());
            x.put("note", d.note());
            ds.add(x);
        }
        m.put("differences", ds);
        List<Map<String, Object>> fs = new ArrayList<>();
        for (FoundItem f : h.found()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", f.code());
            x.put("note", f.note());
            fs.add(x);
        }
        m.put("found", fs);
        m.put("inventory", inventoryJson(h.inventory()));
        return m;
    }

    static int report(Cli cli, Handover h, Path html) {
        if (html != null) {
            CustodyCli.writeHtml(html, h.html(cli.locale()));
        }
        if (cli.json()) {
            cli.printJson(handoverJson(h));
        } else {
            for (Difference d : h.differences()) {
                cli.out().println(d.code() + "\t" + d.kind().label(cli.locale()) + "\t"
                        + (d.title() == null ? "" : d.title()) + "\t" + (d.note() == null ? "" : d.note()));
            }
            cli.out().println(CustodyCli.text(cli, "handover.recorded", h.id(),
                    String.valueOf(h.differences().size())));
            if (html != null) {
                cli.out().println(CustodyCli.text(cli, "handover.html", html.toString()));
            }
        }
        return h.isClean() ? CundangCommand.OK : CundangCommand.CHECK_FAILED;
    }

    @Command(name = "inventory", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Inventory extends Selection implements Callable<Integer> {
        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            HandoverInventory inv;
            try (ArchiveStore s = StoreCommand.open(store, true)) {
                inv = HandoverWorkflow.of(s, Clock.systemDefaultZone()).inventory(fonds, villageOnly);
            }
            if (html != null) {
                CustodyCli.writeHtml(html, inv.html(cli.locale()));
            }
            if (cli.json()) {
                cli.printJson(inventoryJson(inv));
            } else {
                for (InventoryLine l : inv.lines()) {
                    cli.out().println(l.code() + "\t" + l.title() + "\t" + (l.year() == null ? "" : l.year()) + "\t"
                            + l.period() + "\t" + l.pages() + "\t" + String.join(" ", l.files()));
                }
                cli.out().println(CustodyCli.text(cli, "handover.inventory", String.valueOf(inv.lines().size()),
                        String.valueOf(inv.pages()), String.valueOf(inv.destroyed().size())));
                if (html != null) {
                    cli.out().println(CustodyCli.text(cli, "handover.html", html.toString()));
                }
            }
            return CundangCommand.OK;
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Record extends Selection implements Callable<Integer> {
        @Option(names = "--found", required = true, paramLabel = "CSV", descriptionKey = "handover.found")
        Path found;

        @Option(names = "--outgoing", required = true, descriptionKey = "handover.outgoing")
        String outgoing;

        @Option(names = "--incoming", required = true, descriptionKey = "handover.incoming")
        String incoming;

        @Option(names = "--supervisor", required = true, descriptionKey = "handover.supervisor")
        String supervisor;

        @Option(names = "--remarks", descriptionKey = "handover.remarks")
        String remarks;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            List<FoundItem> items = CustodyCli.readFound(found);
            Handover h;
            try (ArchiveStore s = StoreCommand.open(store, false)) {
                h = HandoverWorkflow.of(s, Clock.systemDefaultZone()).record(fonds, villageOnly, items, outgoing,
                        incoming, supervisor, remarks);
            }
            return report(cli, h, html);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
    static final class Show extends Base implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "handover.id")
        String id;

        @Override
        public Integer call() {
            Cli cli = Cli.of(spec);
            Handover h;
            try (ArchiveStore s = StoreCommand.open(store, true)) {
                h = HandoverWorkflow.of(s, Clock.systemDefaultZone()).show(id.strip())
                        .orElseThrow(() -> CustodyCli.fail("CD-9063", id));
            }
            return report(cli, h, html);
        }
    }
}
