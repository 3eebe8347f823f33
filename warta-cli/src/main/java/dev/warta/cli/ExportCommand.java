package dev.warta.cli;

import dev.warta.store.CorpusStore;
import dev.warta.store.Exporter;
import dev.warta.store.SearchRequest;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta export}: the articles a query and filters select, as JSON Lines, CSV, GDELT event rows or Parquet. */
@Command(name = "export", description = "Export the corpus (or what a query and filters select) as jsonl, csv, "
        + "gdelt (GDELT 2.0 event rows) or parquet.")
final class ExportCommand implements Callable<Integer> {
    /** Output formats, as typed. */
    enum Format { jsonl, csv, gdelt, parquet }

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words or Lucene query syntax; none for all.")
    List<String> query = List.of();

    @Option(names = "--format", required = true, description = "${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("warta-data");

    @Option(names = "--from", paramLabel = "DAY", description = "Published on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", description = "Published on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--outlet", description = "Only this outlet.")
    String outlet;

    @Option(names = "--lang", description = "Only this language.")
    String lang;

    @Option(names = "--entity", description = "Only articles naming this person, organization or place.")
    String entity;

    @Option(names = "--event", description = "Only articles with an event of this PLOVER type or CAMEO root.")
    String event;

    @Option(names = "--actor", description = "Only articles with an event actor of this CAMEO code.")
    String actor;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data.resolve("index"))) {
            System.err.println("warta: no corpus in " + data + " (run warta ingest first)");
            return 2;
        }
        SearchRequest filter = new SearchRequest(String.join(" ", query), from, to, outlet, lang, entity, event, actor,
                0, 1);
        int n;
        try (CorpusStore store = CorpusStore.openReadOnly(data)) {
            Exporter exporter = new Exporter(store);
            if (format == Format.parquet) {
                n = exporter.parquet(filter, out);
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    n = switch (format) {
                        case jsonl -> exporter.jsonl(filter, w);
                        case csv -> exporter.csv(filter, w);
                        case gdelt -> exporter.gdelt(filter, w);
                        case parquet -> throw new IllegalStateException("handled above");
                    };
                }
            }
        }
        System.err.printf("warta: wrote %,d %s to %s%n", n, format == Format.gdelt ? "event rows" : "articles", out);
        return 0;
    }
}
