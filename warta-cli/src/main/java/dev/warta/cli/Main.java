package dev.warta.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The warta command: a thin layer over warta-core. */
@Command(name = "warta", mixinStandardHelpOptions = true, version = "warta 0.1.0",
        description = "Turns raw online news into clean, structured, searchable knowledge.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class,
            DataCommand.class, NerCommands.Train.class, IngestCommand.class, SearchCommand.class,
            ExportCommand.class, ServeCommand.class, DemoCommand.class, CorpusBenchCommand.class})
public final class Main {
    // Lucene warns on every start that the vector module is not enabled; it is an optional speed-up, so the
    // logger is kept (a JUL logger is weakly held) and turned down to errors.
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTORS.setLevel(Level.SEVERE);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
