package dev.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.Warta;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's sentence gold sets (test resources dev/warta/event); floors just under docs/QUALITY.md. */
class SentenceEventDevTest {
    private static final Path SETS = Path.of("src", "test", "resources", "dev", "warta", "event");
    private static Warta warta;

    @BeforeAll
    static void create() {
        warta = Warta.create();
    }

    @Test
    void indonesianSentences() throws Exception {
        SentenceEventEvaluation.Result r = new SentenceEventEvaluation(warta).run(SETS.resolve("sentences-id.jsonl"));
        assertThat(r.sentences()).isEqualTo(320);
        assertThat(r.typeAccuracy().value()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.75);
        assertThat(r.triples().f1()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.40);
        assertThat(r.extraShare()).as("misses %s", r.misses()).isLessThanOrEqualTo(0.10);
    }

    @Test
    void englishSentences() throws Exception {
        SentenceEventEvaluation.Result r = new SentenceEventEvaluation(warta).run(SETS.resolve("sentences-en.jsonl"));
        assertThat(r.sentences()).isEqualTo(110);
        assertThat(r.typeAccuracy().value()).as("misses %s", r.misses()).isGreaterThanOrEqualTo(0.3);
        assertThat(r.extraShare()).as("misses %s", r.misses()).isLessThanOrEqualTo(0.12);
    }
}
