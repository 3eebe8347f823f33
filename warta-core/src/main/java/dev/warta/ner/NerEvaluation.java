package dev.warta.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Scores a tagger on gold sentences and measures its speed on one thread. */
public final class NerEvaluation {
    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private static final long MEASURE_NANOS = 2_000_000_000L;

    private NerEvaluation() {
    }

    /** The score and the tokens tagged per second, measured for two seconds after 1.5 seconds of warm-up for the JIT. */
    public record Result(NerScore score, int sentences, int tokens, double tokensPerSecond) {
    }

    public static Result run(NerTagger tagger, List<TaggedSentence> gold, Set<String> types) {
        List<List<String>> expected = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        int tokens = 0;
        for (TaggedSentence s : gold) {
            expected.add(s.tags());
            predicted.add(tagger.tag(s.tokens()));
            tokens += s.tokens().size();
        }
        if (tokens == 0) {
            return new Result(NerScore.of(expected, predicted, types), gold.size(), 0, 0);
        }
        tagFor(tagger, gold, WARM_UP_NANOS);
        long start = System.nanoTime();
        long passes = tagFor(tagger, gold, MEASURE_NANOS);
        double perSecond = passes * tokens * 1e9 / (System.nanoTime() - start);
        return new Result(NerScore.of(expected, predicted, types), gold.size(), tokens, perSecond);
    }

    /** Tags all sentences again and again for at least {@code nanos}; returns the number of passes. */
    private static long tagFor(NerTagger tagger, List<TaggedSentence> sentences, long nanos) {
        long start = System.nanoTime();
        long passes = 0;
        do {
            for (TaggedSentence s : sentences) {
                tagger.tag(s.tokens());
            }
            passes++;
        } while (System.nanoTime() - start < nanos);
        return passes;
    }
}
