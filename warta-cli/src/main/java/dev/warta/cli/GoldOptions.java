package dev.warta.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * What the evaluations against a gold folder of articles share: the folder, a language filter, and how
 * the figures are printed (a table, or one JSON object) with the misses on stderr.
 */
final class GoldOptions {
    @Option(names = "--gold", required = true,
            description = "The gold folder of NN.txt + NN.gold.json (for events also a .jsonl file of sentences).")
    Path gold;

    @Option(names = "--lang", split = ",", description = "Only articles in these languages (e.g. id).")
    List<String> languages = List.of();

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--details", description = "List every miss on stderr.")
    boolean details;

    /** Prints the figures as JSON or as the table, then the misses if asked. */
    void report(Map<String, Object> figures, Runnable table, List<String> misses) throws JsonProcessingException {
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(figures));
        } else {
            table.run();
        }
        if (details) {
            misses.forEach(m -> System.err.println("miss: " + m));
        }
    }
}
