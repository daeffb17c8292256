package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command has help in Chinese and English with at least one example (issue 7). */
class HelpTest {

    static List<String> leafCommands() {
        List<String> out = new ArrayList<>();
        collect(new CommandLine(new CundangCommand()), "", out);
        return out;
    }

    private static void collect(CommandLine cl, String prefix, List<String> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            String name = (prefix + " " + e.getKey()).strip();
            if (e.getValue().getSubcommands().isEmpty()) {
                out.add(name);
            } else {
                collect(e.getValue(), name, out);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("leafCommands")
    void help_in_both_languages_with_an_example(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CliRun zh = CliRun.of(args.toArray(String[]::new));
        assertThat(zh.exit()).as(command).isZero();
        assertThat(zh.out()).as(command).contains("用法").contains("示例");
        args.add("--lang");
        args.add("en");
        CliRun en = CliRun.of(args.toArray(String[]::new));
        assertThat(en.out()).as(command).contains("Usage").containsIgnoringCase("example");
    }

    @Test
    void accept_describes_the_bag_it_reads_not_one_to_create() {
        // the accept command once shared pack's parameter text ("the bag directory to create (must not exist)")
        assertThat(CliRun.of("transfer", "accept", "--help").out()).contains("要接收的移交包").doesNotContain("不得已存在");
        assertThat(CliRun.of("transfer", "accept", "--help", "--lang", "en").out()).contains("The bag to accept")
                .doesNotContain("must not exist");
        assertThat(CliRun.of("transfer", "pack", "--help").out()).contains("不得已存在");
    }
}
