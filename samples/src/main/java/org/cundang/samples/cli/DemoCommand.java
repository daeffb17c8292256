package org.cundang.samples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cundang.samples.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cundang demo}: the main job on a synthetic village archive (the README's first command). */
@Command(name = "demo", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", defaultValue = "cundang-demo", paramLabel = "DIR", descriptionKey = "demo.dir")
    Path dir;

    @Option(names = "--store", defaultValue = StoreCommand.DEFAULT_STORE, paramLabel = "URI", descriptionKey = "store.store")
    String store;

    @Override
    public Integer call() {
        Cli cli = Cli.of(spec);
        Demo.Summary s;
        try {
            s = run(cli);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw CliException.of("CD-9019", dir.toString(), CundangCommand.oneLine(String.valueOf(e.getMessage())));
        }
        if (cli.json()) {
            cli.printJson(s.toJson());
        }
        return s.ok() ? CundangCommand.OK : CundangCommand.CHECK_FAILED;
    }

    private Demo.Summary run(Cli cli) throws java.io.IOException {
        return new Demo(dir, store, cli.locale(), line -> {
            if (!cli.json()) {
                cli.out().println(line);
                cli.out().flush();
            }
        }).run(bag -> DemoSupport.accept(bag, store));
    }
}
