package dev.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta bench-corpus} on a small corpus: what it counts and prints, never how fast it was. */
class CorpusBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void ingestsTheArticlesSearchesAndReportsTheFiguresAsJson() throws Exception {
        Path data = dir.resolve("data");
        CliRun run = CliRun.of("bench-corpus", "--docs", "200", "--queries", "50", "--data", data.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode f = new ObjectMapper().readTree(run.out());
        assertThat(f.path("documents").asInt()).isEqualTo(200);
        assertThat(f.path("articles").asInt()).isEqualTo(200);
        assertThat(f.path("queries").asInt()).isEqualTo(50);
        for (String key : List.of("ingestDocsPerSecond", "analysisDocsPerSecond", "indexingShare", "searchP50Ms",
                "searchP95Ms", "searchP99Ms", "searchMeanMs", "indexBytes", "indexBytesPerDocument", "queriesWithHits")) {
            assertThat(f.path(key).asDouble()).as(key).isPositive();
        }
        assertThat(f.path("searchP99Ms").asDouble()).isGreaterThanOrEqualTo(f.path("searchP50Ms").asDouble());
        assertThat(f.path("indexingShare").asDouble()).isLessThan(1);
        assertThat(run.err()).contains("200 documents ingested");
        // the corpus is kept for warta search, and a second run over it is refused rather than timing skips
        assertThat(CliRun.of("search", "--data", data.toString(), "--json", "").out()).contains("bench.example/a/");
        CliRun again = CliRun.of("bench-corpus", "--docs", "10", "--data", data.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a corpus");
    }

    @Test
    void printsATableAndRemovesItsTemporaryCorpus() {
        long before = temporaryCorpora();
        CliRun run = CliRun.of("bench-corpus", "--docs", "30", "--queries", "10", "--seed", "5");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("documents", "30 (30 articles stored)", "documents/s on 1 thread", "p99",
                "bytes/document");
        assertThat(temporaryCorpora()).isEqualTo(before);
    }

    private static long temporaryCorpora() {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("warta-bench-")).count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] nanos = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertThat(CorpusBenchCommand.percentile(nanos, 0.50)).isEqualTo(2.0);
        assertThat(CorpusBenchCommand.percentile(nanos, 0.99)).isEqualTo(4.0);
    }
}
