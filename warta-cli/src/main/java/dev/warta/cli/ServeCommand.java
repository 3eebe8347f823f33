package dev.warta.cli;

import dev.warta.server.WartaServer;
import dev.warta.store.CorpusStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta serve}: the read-only JSON API and the web UI over a corpus, until interrupted. */
@Command(name = "serve", description = "Serve the corpus: a JSON API under /api and a web UI, on one port.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("warta-data");

    @Option(names = "--port", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8080;

    @Option(names = "--host", description = "The address to bind (default: ${DEFAULT-VALUE}: this machine only; "
            + "the API has no authentication).")
    String host = WartaServer.DEFAULT_HOST;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data.resolve("index"))) {
            System.err.println("warta: no corpus in " + data + " (run warta ingest first)");
            return 2;
        }
        try (CorpusStore store = CorpusStore.openReadOnly(data); WartaServer server = WartaServer.start(store, host, port)) {
            System.err.println("warta: serving " + data + " on http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
            server.join();
        }
        return 0;
    }
}
