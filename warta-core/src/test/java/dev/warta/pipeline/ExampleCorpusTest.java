package dev.warta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.Warta;
import dev.warta.model.AnalysisResult;
import dev.warta.model.Document;
import dev.warta.model.Failure;
import dev.warta.source.ReadLimits;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example corpus the README's first command ingests: every item of it is analysed, none fails. */
class ExampleCorpusTest {

    @Test
    void everyExampleIsAnalysedWithoutFailure() {
        Path corpus = Path.of("..", "examples", "corpus").toAbsolutePath().normalize();
        assertThat(Files.isDirectory(corpus)).as("examples/corpus beside warta-core").isTrue();
        List<AnalysisResult> results;
        try (Stream<AnalysisResult> s = Warta.create().analyze(List.of(corpus.toString()), ReadLimits.DEFAULT,
                InputStream.nullInputStream())) {
            results = s.toList();
        }
        assertThat(results).filteredOn(r -> r instanceof Failure).isEmpty();
        assertThat(results).filteredOn(r -> r instanceof Document d && !d.entities().isEmpty()).hasSizeGreaterThan(50);
    }
}
