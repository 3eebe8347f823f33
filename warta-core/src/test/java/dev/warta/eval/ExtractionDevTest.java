package dev.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.SharedData;
import dev.warta.Warta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Main-content extraction on the 691 pages of extraction-dev and the article pages of id-articles-dev.
 * The floors sit just under the figures in docs/QUALITY.md, so a change that loses quality fails here.
 */
class ExtractionDevTest {
    private static ExtractionEvaluation.Result web;
    private static PageEvaluation.Result news;

    @BeforeAll
    static void score() throws Exception {
        Warta warta = Warta.create();
        web = new ExtractionEvaluation(warta).run(SharedData.path("data/extraction-dev"), false);
        news = new PageEvaluation(warta).run(SharedData.path("data/id-articles-dev"));
    }

    @Test
    void mainTextOfWebPages() {
        assertThat(web.text().pages()).isEqualTo(691);
        assertThat(web.text().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(web.text().precision()).isGreaterThanOrEqualTo(0.93);
        assertThat(web.text().recall()).isGreaterThanOrEqualTo(0.945);
        assertThat((double) web.text().belowHalf() / web.text().pages()).isLessThanOrEqualTo(0.025);
    }

    @Test
    void metadataOfWebPages() {
        assertThat(web.title().value()).isGreaterThanOrEqualTo(0.855);
        assertThat(web.author().value()).isGreaterThanOrEqualTo(0.845);
        assertThat(web.date().value()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void indonesianArticlePages() {
        assertThat(news.pages()).isEqualTo(24);
        assertThat(news.title().value()).as("misses %s", news.misses()).isEqualTo(1.0);
        assertThat(news.published().value()).as("misses %s", news.misses()).isEqualTo(1.0);
        assertThat(news.firstSentence().value()).as("misses %s", news.misses()).isEqualTo(1.0);
        assertThat(news.lastSentence().value()).as("misses %s", news.misses()).isEqualTo(1.0);
        assertThat(news.relatedAbsent().value()).as("misses %s", news.misses()).isEqualTo(1.0);
        assertThat(news.credits().f1()).as("misses %s", news.misses()).isGreaterThanOrEqualTo(0.95);
        assertThat(news.authors().f1()).as("misses %s", news.misses()).isGreaterThanOrEqualTo(0.9);
    }
}
