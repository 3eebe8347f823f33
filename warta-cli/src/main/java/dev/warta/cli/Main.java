package dev.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The warta command: a thin layer over warta-core. */
@Command(name = "warta", mixinStandardHelpOptions = true, version = "warta 0.1.0",
        description = "Turns raw online news into clean, structured, searchable knowledge.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class,
            DataCommand.class, NerCommands.Train.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
