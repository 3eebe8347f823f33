package dev.warta.cli;

import dev.warta.store.CorpusStore;
import dev.warta.store.Exporter;
import dev.warta.store.SearchRequest;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warta export}: the articles a query and filters select, as JSON Lines, CSV, GDELT event rows or Parquet. */
@Command(name = "export", description = "Export the corpus (or what a query and filters select) as jsonl, csv, "
        + "gdelt (GDELT 2.0 event rows) or parquet.")
final class ExportCommand implements Callable<Integer> {
    /** Output formats, as typed. */
    enum Format { jsonl, csv, gdelt, parquet }

    @Mixin
    CorpusFilter filter = new CorpusFilter();

    @Option(names = "--format", required = true, description = "${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!filter.exists()) {
            return 2;
        }
        SearchRequest selected = filter.request(0, 1);
        int n;
        try (CorpusStore store = CorpusStore.openReadOnly(filter.data)) {
            Exporter exporter = new Exporter(store);
            if (format == Format.parquet) {
                n = exporter.parquet(selected, out);
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    n = switch (format) {
                        case jsonl -> exporter.jsonl(selected, w);
                        case csv -> exporter.csv(selected, w);
                        case gdelt -> exporter.gdelt(selected, w);
                        case parquet -> throw new IllegalStateException("handled above");
                    };
                }
            }
        }
        System.err.printf("warta: wrote %,d %s to %s%n", n, format == Format.gdelt ? "event rows" : "articles", out);
        return 0;
    }
}
