package dev.warta.cli;

import dev.warta.Warta;
import dev.warta.model.AnalysisResult;
import dev.warta.model.Document;
import dev.warta.model.Failure;
import dev.warta.source.ReadLimits;
import dev.warta.store.CorpusStore;
import dev.warta.store.IngestOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warta ingest}: analyses the inputs into the corpus under the data directory. Commits every
 * {@value #COMMIT_EVERY} documents, so a killed run keeps what it committed; the next run skips the
 * documents already stored before analysing them, and goes on where the last one stopped.
 */
@Command(name = "ingest", description = "Analyse the inputs and store them in the corpus (idempotent, resumable).")
final class IngestCommand implements Callable<Integer> {
    static final int COMMIT_EVERY = 500;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "Text, HTML, WARC, RSS/Atom or JSON Lines files, directories, or - for standard input.")
    List<String> inputs;

    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("warta-data");

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Where to append the inputs that failed, with the reason (default: DIR/ingest-errors.tsv).")
    Path errors;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes = ReadLimits.DEFAULT.maxBytes();

    @Override
    public Integer call() throws IOException {
        return ingest(inputs, data, errors != null ? errors : data.resolve("ingest-errors.tsv"), maxBytes);
    }

    /** Analyses {@code inputs} into the corpus under {@code data}; returns 1 when some input failed. */
    static int ingest(List<String> inputs, Path data, Path errorFile, long maxBytes) throws IOException {
        Files.createDirectories(data);
        Map<IngestOutcome.Kind, Long> outcomes = new EnumMap<>(IngestOutcome.Kind.class);
        AtomicLong skipped = new AtomicLong();
        AtomicLong sinceCommit = new AtomicLong();
        Progress progress = Progress.onStderr();
        Warta warta = Warta.create();
        try (CorpusStore store = CorpusStore.open(data);
             PrintWriter failures = new PrintWriter(Files.newBufferedWriter(errorFile, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND));
             Stream<AnalysisResult> results = warta.analyze(inputs, new ReadLimits(maxBytes), System.in,
                     raw -> stored(store, Warta.idOf(raw)) && skipped.incrementAndGet() > 0)) {
            results.forEach(r -> {
                switch (r) {
                    case Document d -> {
                        outcomes.merge(add(store, d).kind(), 1L, Long::sum);
                        progress.ok();
                        if (sinceCommit.incrementAndGet() % COMMIT_EVERY == 0) {
                            commit(store);
                        }
                    }
                    case Failure f -> {
                        failures.println(f.source().label() + "\t" + f.message().replace('\t', ' ').replace('\n', ' '));
                        progress.failed();
                    }
                }
            });
            store.commit();
            progress.finish("documents analysed");
            System.err.printf("warta: %,d added, %,d exact copies stored as sources, %,d already stored, %,d failed "
                            + "(listed in %s); %,d articles in %s%n",
                    outcomes.getOrDefault(IngestOutcome.Kind.ADDED, 0L),
                    outcomes.getOrDefault(IngestOutcome.Kind.EXACT_COPY, 0L),
                    skipped.get() + outcomes.getOrDefault(IngestOutcome.Kind.ALREADY_STORED, 0L),
                    progress.failures(), errorFile, store.articles(), data);
        }
        return progress.failures() > 0 ? 1 : 0;
    }

    private static boolean stored(CorpusStore store, String id) {
        try {
            return store.contains(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IngestOutcome add(CorpusStore store, Document d) {
        try {
            return store.add(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void commit(CorpusStore store) {
        try {
            store.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
