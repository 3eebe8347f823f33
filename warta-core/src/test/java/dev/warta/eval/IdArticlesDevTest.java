package dev.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.SharedData;
import dev.warta.Warta;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 21 Indonesian articles of id-articles-dev scored against their gold anatomy. The floors sit
 * just under the figures measured when the rules were written (docs/QUALITY.md), so a change that
 * loses quality fails here.
 */
class IdArticlesDevTest {
    private static AnatomyEvaluation.Result id;

    @BeforeAll
    static void score() throws Exception {
        id = new AnatomyEvaluation(Warta.create()).run(SharedData.path("data/id-articles-dev"), List.of("id"));
    }

    @Test
    void scoresAllTwentyOneIndonesianArticles() {
        assertThat(id.articles()).isEqualTo(21);
    }

    @Test
    void removedLinesAndCredits() {
        assertThat(id.removed().f1()).as("removed lines F1; misses: %s", id.misses()).isGreaterThanOrEqualTo(0.97);
        assertThat(id.credits().f1()).as("credits F1; misses: %s", id.misses()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void leadAndBodyBoundaries() {
        assertThat(id.dateline().value()).as("dateline; misses: %s", id.misses()).isGreaterThanOrEqualTo(0.95);
        assertThat(id.firstSentence().value()).as("first sentence; misses: %s", id.misses())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(id.lastSentence().value()).as("last sentence; misses: %s", id.misses())
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void citedSourcesAndLanguage() {
        assertThat(id.citedSources().f1()).as("cited sources F1; misses: %s", id.misses())
                .isGreaterThanOrEqualTo(0.90);
        assertThat(id.language().value()).isEqualTo(1.0);
    }

    @Test
    void outletWhereverTheTextNamesIt() {
        // 7 of the 21 texts never name their outlet (bare "JAKARTA -", kumparan, "Jakarta:")
        assertThat(id.outlet().correct()).as("outlets; misses: %s", id.misses()).isGreaterThanOrEqualTo(15);
    }
}
