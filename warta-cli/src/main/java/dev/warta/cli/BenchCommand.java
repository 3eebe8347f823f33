package dev.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.Warta;
import dev.warta.model.RawDocument;
import dev.warta.source.Inputs;
import dev.warta.source.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warta bench}: throughput of the text path on one thread (one core): the documents are read
 * into memory once, analysed during a warm-up, then analysed again and again for the measured time.
 */
@Command(name = "bench", description = "Measure documents/s and MB/s of the analysis on one thread.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs, as for analyze.")
    List<String> inputs;

    @Option(names = "--seconds", description = "Measured time (default: ${DEFAULT-VALUE}).")
    int seconds = 20;

    @Option(names = "--warmup", description = "Warm-up time (default: ${DEFAULT-VALUE}).")
    int warmup = 10;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<RawDocument> docs = new Inputs(ReadLimits.DEFAULT, System.in).read(inputs)
                .filter(RawDocument.class::isInstance).map(RawDocument.class::cast).toList();
        if (docs.isEmpty()) {
            System.err.println("warta: no documents to measure");
            return 1;
        }
        Warta warta = Warta.create();
        run(warta, docs, warmup * 1_000_000_000L);
        long[] measured = run(warta, docs, seconds * 1_000_000_000L);
        double secs = measured[2] / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("documents", measured[0]);
        figures.put("seconds", secs);
        figures.put("documentsPerSecond", measured[0] / secs);
        figures.put("megabytesPerSecond", measured[1] / 1e6 / secs);
        figures.put("threads", 1);
        figures.put("java", Runtime.version().toString());
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(figures));
        } else {
            System.out.printf("%d documents in %.1f s on 1 thread: %.1f documents/s, %.3f MB/s (UTF-8 input)%n",
                    measured[0], secs, measured[0] / secs, measured[1] / 1e6 / secs);
        }
        return 0;
    }

    /** Analyses the documents round-robin for the given time: {documents, bytes, nanos}. */
    private static long[] run(Warta warta, List<RawDocument> docs, long budget) {
        long start = System.nanoTime();
        long n = 0;
        long bytes = 0;
        long sink = 0;
        while (System.nanoTime() - start < budget) {
            RawDocument d = docs.get((int) (n % docs.size()));
            sink += warta.analyze(d).sentences().size();
            bytes += d.content().getBytes(StandardCharsets.UTF_8).length;
            n++;
        }
        if (sink < 0) {
            System.out.print("");
        }
        return new long[] {n, bytes, System.nanoTime() - start};
    }
}
