package dev.warta.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NerScoreTest {
    private static List<String> tags(String spaced) {
        return List.of(spaced.split(" "));
    }

    @Test
    void readsChunksAsConllevalDoes() {
        // I-X after O or after another type starts a chunk; B-X after I-X starts a new one.
        assertThat(NerScore.chunks(tags("B-PER I-PER O I-LOC I-LOC B-LOC I-ORG B-ORG")))
                .containsExactly(new NerScore.Chunk("PER", 0, 2), new NerScore.Chunk("LOC", 3, 5),
                        new NerScore.Chunk("LOC", 5, 6), new NerScore.Chunk("ORG", 6, 7),
                        new NerScore.Chunk("ORG", 7, 8));
    }

    @Test
    void aPartialSpanIsAFalsePositiveAndAFalseNegative() {
        List<List<String>> gold = List.of(tags("B-PER I-PER O B-LOC"), tags("B-ORG I-ORG I-ORG O"));
        List<List<String>> predicted = List.of(tags("B-PER O O B-LOC"), tags("B-ORG I-ORG I-ORG O"));
        NerScore s = NerScore.of(gold, predicted, Set.of());
        assertThat(s.perType()).containsOnlyKeys("LOC", "ORG", "PER");
        assertThat(s.perType().get("PER")).isEqualTo(new NerScore.Counts(0, 1, 1));
        assertThat(s.perType().get("LOC")).isEqualTo(new NerScore.Counts(1, 1, 1));
        assertThat(s.micro()).isEqualTo(new NerScore.Counts(2, 3, 3));
        assertThat(s.micro().f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.macroF1()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void aWrongTypeOnTheRightSpanCountsNothing() {
        NerScore s = NerScore.of(List.of(tags("B-ORG I-ORG")), List.of(tags("B-LOC I-LOC")), Set.of());
        assertThat(s.perType().get("ORG")).isEqualTo(new NerScore.Counts(0, 0, 1));
        assertThat(s.perType().get("LOC")).isEqualTo(new NerScore.Counts(0, 1, 0));
        assertThat(s.micro().f1()).isZero();
    }

    @Test
    void typesRestrictWhatIsScored() {
        // NERP has no ORG: an ORG the tagger finds there is neither right nor wrong.
        NerScore s = NerScore.of(List.of(tags("B-PER O O B-LOC")), List.of(tags("B-PER B-ORG O O")),
                Set.of("PER", "LOC"));
        assertThat(s.perType()).containsOnlyKeys("LOC", "PER");
        assertThat(s.micro()).isEqualTo(new NerScore.Counts(1, 1, 2));
        assertThat(s.micro().precision()).isEqualTo(1.0);
        assertThat(s.macroF1()).isCloseTo(0.5, within(1e-9));
    }
}
