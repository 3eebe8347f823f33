package dev.warta.cli;

import dev.warta.store.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The corpus and the query and filters that select its articles, shared by the commands that read it. */
final class CorpusFilter {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words or Lucene query syntax; none for all.")
    List<String> query = List.of();

    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("warta-data");

    @Option(names = "--from", paramLabel = "DAY", description = "Published on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", description = "Published on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--outlet", description = "Only this outlet, as the article names it.")
    String outlet;

    @Option(names = "--lang", description = "Only this language (id, en, ...).")
    String lang;

    @Option(names = "--entity", description = "Only articles naming this person, organization or place.")
    String entity;

    @Option(names = "--event", description = "Only articles with an event of this PLOVER type (AGREE) or CAMEO root (04).")
    String event;

    @Option(names = "--actor", description = "Only articles with an event actor of this CAMEO code (RUSGOV).")
    String actor;

    SearchRequest request(int page, int size) {
        return new SearchRequest(String.join(" ", query), from, to, outlet, lang, entity, event, actor, page, size);
    }

    /** Whether a corpus exists; if not, says on stderr what to do. */
    boolean exists() {
        if (Files.isDirectory(data.resolve("index"))) {
            return true;
        }
        System.err.println("warta: no corpus in " + data + " (run warta ingest first)");
        return false;
    }
}
