package dev.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shingle metric against figures computed with ../shared/tools/score_extraction.py on the same texts. */
class ShingleScoreTest {
    private static final String SEVEN = "Satu dua tiga empat lima enam tujuh";

    @Test
    void pagesAsThePythonScorerCountsThem() {
        ShingleScore.Page same = ShingleScore.page(SEVEN, SEVEN);
        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.recall()).isEqualTo(1.0);
        ShingleScore.Page partial = ShingleScore.page(SEVEN, "dua tiga empat lima delapan sembilan");
        assertThat(partial.tp()).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(partial.precision()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(partial.recall()).isCloseTo(0.25, within(1e-12));
        ShingleScore.Page empty = ShingleScore.page("Banjir merendam rumah warga di Jakarta Utara", "");
        assertThat(empty.recall()).isZero();
        assertThat(empty.f1()).isZero();
    }

    @Test
    void corpusMeansLeaveEmptyPredictionsOutOfPrecision() {
        List<ShingleScore.Page> pages = List.of(ShingleScore.page(SEVEN, SEVEN),
                ShingleScore.page(SEVEN, "dua tiga empat lima delapan sembilan"),
                ShingleScore.page("Harga naik", "Harga naik"),
                ShingleScore.page("Banjir merendam rumah warga di Jakarta Utara", ""));
        ShingleScore.Corpus c = ShingleScore.Corpus.of(pages);
        assertThat(c.precision()).isCloseTo(0.7777777777777778, within(1e-12));
        assertThat(c.recall()).isCloseTo(0.5625, within(1e-12));
        assertThat(c.f1()).isCloseTo(0.6528497409326426, within(1e-12));
        assertThat(c.belowHalf()).isEqualTo(2);
    }

    @Test
    void tokensAreUnicodeWordRuns() {
        assertThat(ShingleScore.tokens("Rp1.000,5 — kata_kunci “Jum'at” café")).containsExactly("Rp1", "000", "5",
                "kata_kunci", "Jum", "at", "café");
    }
}
