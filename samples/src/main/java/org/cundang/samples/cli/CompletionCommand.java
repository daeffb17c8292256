package org.cundang.samples.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints a bash/zsh completion script: {@code source <(java -jar cundang.jar completion)}. */
@Command(name = "completion", mixinStandardHelpOptions = true, resourceBundle = "org.cundang.samples.cli.Messages")
final class CompletionCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandLine root = spec.commandLine().getParent();
        String script = AutoComplete.bash("cundang", root);
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
    }
}
