package dev.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.SharedData;
import dev.warta.Warta;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotes and events on id-articles-dev and on the project's own second gold set (eval/events-id, written
 * apart from the rules); floors just under docs/QUALITY.md.
 */
class QuoteEventDevTest {
    private static final Path SECOND_SET = Path.of("..", "eval", "events-id");
    private static Warta warta;

    @BeforeAll
    static void create() {
        warta = Warta.create();
    }

    @Test
    void quotesOnBothSets() throws Exception {
        QuoteEvaluation.Result dev = new QuoteEvaluation(warta).run(SharedData.path("data/id-articles-dev"), List.of());
        assertThat(dev.found().recall()).as("misses %s", dev.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(dev.speaker().value()).as("misses %s", dev.misses()).isGreaterThanOrEqualTo(0.9);
        QuoteEvaluation.Result second = new QuoteEvaluation(warta).run(SECOND_SET, List.of());
        assertThat(second.articles()).isEqualTo(12);
        assertThat(second.found().recall()).as("misses %s", second.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(second.endToEnd().value()).as("misses %s", second.misses()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void eventsOnBothSets() throws Exception {
        EventEvaluation.Result dev = new EventEvaluation(warta).run(SharedData.path("data/id-articles-dev"), List.of());
        assertThat(dev.detected().f1()).as("misses %s", dev.misses()).isGreaterThanOrEqualTo(0.75);
        assertThat(dev.root().value()).as("misses %s", dev.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(dev.notEvents().value()).as("misses %s", dev.misses()).isGreaterThanOrEqualTo(0.85);
        EventEvaluation.Result second = new EventEvaluation(warta).run(SECOND_SET, List.of());
        assertThat(second.detected().f1()).as("misses %s", second.misses()).isGreaterThanOrEqualTo(0.72);
        assertThat(second.root().value()).as("misses %s", second.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(second.notEvents().value()).as("misses %s", second.misses()).isGreaterThanOrEqualTo(0.9);
    }
}
