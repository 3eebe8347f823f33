package dev.warta.cli;

import dev.warta.server.WartaServer;
import dev.warta.source.ReadLimits;
import dev.warta.store.CorpusStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta demo}: what a newcomer runs first. Ingests the example corpus bundled with the project (text,
 * HTML, a WARC and feeds; stories with syndicated copies) and serves it, printing the address to open.
 * A second run finds the articles stored and serves at once.
 */
@Command(name = "demo", description = "Ingest the bundled example corpus and serve it: open the printed address.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = "The example corpus (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("examples", "corpus");

    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("warta-data");

    @Option(names = "--port", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8080;

    @Option(names = "--host", description = "The address to bind (default: ${DEFAULT-VALUE}: this machine only).")
    String host = WartaServer.DEFAULT_HOST;

    @Option(names = "--no-serve", description = "Ingest only, do not serve.")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            System.err.println("warta: no example corpus at " + corpus + " (run from the project's folder)");
            return 2;
        }
        int ingested = IngestCommand.ingest(List.of(corpus.toString()), data, data.resolve("ingest-errors.tsv"),
                ReadLimits.DEFAULT.maxBytes());
        if (noServe) {
            return ingested;
        }
        try (CorpusStore store = CorpusStore.openReadOnly(data); WartaServer server = WartaServer.start(store, host, port)) {
            System.out.println("warta: " + store.articles() + " articles, stories and events at http://" + host + ":"
                    + server.port() + "/  (Ctrl-C to stop)");
            System.out.flush();
            server.join();
        }
        return 0;
    }
}
