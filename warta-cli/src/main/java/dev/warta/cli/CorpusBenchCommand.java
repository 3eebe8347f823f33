package dev.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.Warta;
import dev.warta.model.Document;
import dev.warta.store.CorpusStore;
import dev.warta.store.SearchRequest;
import dev.warta.store.SearchResult;
import dev.warta.store.SyntheticCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta bench-corpus}: the corpus at scale. N synthetic articles ({@link SyntheticCorpus}) go through the
 * whole pipeline into a fresh index on one thread, as {@code warta ingest} does them; then searches of one to
 * three corpus words, some with a filter, are timed one by one; last, the index is weighed on disk.
 */
@Command(name = "bench-corpus",
        description = "Measure ingest documents/s, search latency and index size on a synthetic corpus of N articles.")
final class CorpusBenchCommand implements Callable<Integer> {
    static final int WARMUP_QUERIES = 100;

    @Option(names = "--docs", required = true, paramLabel = "N", description = "Synthetic articles to ingest.")
    int docs;

    @Option(names = "--data", paramLabel = "DIR",
            description = "An empty or new data directory, kept afterwards (default: a temporary one, removed).")
    Path data;

    @Option(names = "--queries", paramLabel = "Q", description = "Measured searches (default: ${DEFAULT-VALUE}).")
    int queries = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the articles and queries (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--sources", paramLabel = "DIR", description = "The warta checkout whose examples/ and sentence "
            + "gold sets are recombined (default: the working directory or the nearest parent that has examples/).")
    Path sources;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    /** Time spent per part of the ingest, in nanoseconds. */
    private record Ingest(long documents, long analysis, long indexing) {
        long total() {
            return analysis + indexing;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (docs < 1 || queries < 1) {
            System.err.println("warta: --docs and --queries must be at least 1");
            return 2;
        }
        Path root = sources != null ? sources : checkout();
        if (root == null) {
            System.err.println("warta: no examples/ here or above; pass --sources DIR (a warta checkout)");
            return 2;
        }
        Path dir = data != null ? data : Files.createTempDirectory("warta-bench-");
        if (Files.isDirectory(dir.resolve("index")) && indexBytes(dir) > 0) {
            // a bench over stored ids would time skips, not ingestion
            System.err.println("warta: " + dir + " already holds a corpus; give an empty --data directory");
            return 2;
        }
        SyntheticCorpus corpus = SyntheticCorpus.fromProject(root, seed);
        Warta warta = Warta.create();
        Map<String, Object> figures = new LinkedHashMap<>();
        try (CorpusStore store = CorpusStore.open(dir)) {
            Ingest in = ingest(warta, store, corpus);
            figures.put("documents", in.documents());
            figures.put("articles", store.articles());
            figures.put("seed", seed);
            figures.put("sentences", corpus.sentenceCounts());
            figures.put("ingestSeconds", in.total() / 1e9);
            figures.put("ingestDocsPerSecond", in.documents() / (in.total() / 1e9));
            figures.put("analysisDocsPerSecond", in.documents() / (in.analysis() / 1e9));
            figures.put("indexingShare", (double) in.indexing() / in.total());
            search(store, corpus, figures);
        }
        long bytes = indexBytes(dir);
        figures.put("indexBytes", bytes);
        figures.put("indexBytesPerDocument", (double) bytes / docs);
        figures.put("threads", 1);
        figures.put("java", Runtime.version().toString());
        if (data == null) {
            delete(dir);
        }
        print(figures);
        return 0;
    }

    /** Analyses and stores every article, committing as ingest does; making the text is not timed. */
    private Ingest ingest(Warta warta, CorpusStore store, SyntheticCorpus corpus) throws IOException {
        Progress progress = Progress.onStderr();
        long analysis = 0;
        long indexing = 0;
        for (int i = 0; i < docs; i++) {
            var raw = corpus.document(i);
            long t0 = System.nanoTime();
            Document d = warta.analyze(raw);
            long t1 = System.nanoTime();
            store.add(d);
            if ((i + 1) % IngestCommand.COMMIT_EVERY == 0 || i + 1 == docs) {
                store.commit();
            }
            indexing += System.nanoTime() - t1;
            analysis += t1 - t0;
            progress.ok();
        }
        progress.finish("documents ingested");
        return new Ingest(docs, analysis, indexing);
    }

    /** Warm-up searches, then the measured ones, each timed alone: percentiles of their latency. */
    private void search(CorpusStore store, SyntheticCorpus corpus, Map<String, Object> figures) throws IOException {
        List<SearchRequest> requests = requests(store, corpus, WARMUP_QUERIES + queries);
        for (SearchRequest r : requests.subList(0, WARMUP_QUERIES)) {
            store.search(r);
        }
        long[] nanos = new long[queries];
        int withHits = 0;
        for (int q = 0; q < queries; q++) {
            long t0 = System.nanoTime();
            SearchResult r = store.search(requests.get(WARMUP_QUERIES + q));
            nanos[q] = System.nanoTime() - t0;
            withHits += r.total() > 0 ? 1 : 0;
        }
        Arrays.sort(nanos);
        figures.put("queries", queries);
        figures.put("queriesWithHits", withHits);
        figures.put("searchMeanMs", Arrays.stream(nanos).average().orElse(0) / 1e6);
        figures.put("searchP50Ms", percentile(nanos, 0.50));
        figures.put("searchP95Ms", percentile(nanos, 0.95));
        figures.put("searchP99Ms", percentile(nanos, 0.99));
    }

    /**
     * Seeded searches: seven in ten are one to three words; the rest a filter on an entity or event type of
     * the corpus (its commonest, from the facets) or a first day, alone or with one word, as the UI makes them.
     */
    private List<SearchRequest> requests(CorpusStore store, SyntheticCorpus corpus, int count) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<String> words = corpus.words();
        Map<String, List<SearchResult.FacetCount>> facets = store.search(SearchRequest.of("")).facets();
        List<String> entities = values(facets, "entity");
        List<String> events = values(facets, "event");
        List<SearchRequest> out = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            int kind = rng.nextInt(10);
            if (kind < 7) {
                out.add(SearchRequest.of(words(words, 1 + rng.nextInt(3), rng)));
                continue;
            }
            String text = rng.nextBoolean() ? words(words, 1, rng) : null;
            String entity = kind == 7 && !entities.isEmpty() ? entities.get(rng.nextInt(entities.size())) : null;
            String event = kind == 8 && !events.isEmpty() ? events.get(rng.nextInt(events.size())) : null;
            LocalDate from = kind == 9 || entity == null && event == null
                    ? LocalDate.of(2025, 1, 1).plusDays(rng.nextInt(365)) : null;
            out.add(new SearchRequest(text, from, null, null, null, entity, event, null, 0, 20));
        }
        return out;
    }

    private static List<String> values(Map<String, List<SearchResult.FacetCount>> facets, String dim) {
        return facets.getOrDefault(dim, List.of()).stream().map(SearchResult.FacetCount::value).toList();
    }

    private static String words(List<String> words, int n, SplittableRandom rng) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append(k == 0 ? "" : " ").append(words.get(rng.nextInt(words.size())));
        }
        return b.toString();
    }

    /** Nearest rank, in milliseconds. */
    static double percentile(long[] sortedNanos, double p) {
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    private static long indexBytes(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir.resolve("index"))) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static Path checkout() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples"))) {
                return p;
            }
        }
        return null;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void print(Map<String, Object> f) throws IOException {
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(f));
            return;
        }
        String row = "%-22s %s%n";
        System.out.printf(row, "documents", String.format("%,d (%,d articles stored), seed %d, sentences %s",
                f.get("documents"), f.get("articles"), seed, f.get("sentences")));
        System.out.printf(row, "ingest", String.format("%.1f documents/s on 1 thread (%.1f s); analysis alone %.1f/s; "
                + "indexing %.1f %% of the time", f.get("ingestDocsPerSecond"), f.get("ingestSeconds"),
                f.get("analysisDocsPerSecond"), 100 * (double) f.get("indexingShare")));
        System.out.printf(row, "search", String.format("%,d queries (%,d with hits) after %d warm-up: p50 %.2f ms, "
                + "p95 %.2f ms, p99 %.2f ms, mean %.2f ms", queries, f.get("queriesWithHits"), WARMUP_QUERIES,
                f.get("searchP50Ms"), f.get("searchP95Ms"), f.get("searchP99Ms"), f.get("searchMeanMs")));
        System.out.printf(row, "index", String.format("%,d bytes on disk, %,.0f bytes/document",
                f.get("indexBytes"), f.get("indexBytesPerDocument")));
    }
}
