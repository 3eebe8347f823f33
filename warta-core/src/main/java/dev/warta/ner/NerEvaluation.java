package dev.warta.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Scores a tagger on gold sentences and measures its speed on one thread. */
public final class NerEvaluation {
    private static final long MEASURE_NANOS = 1_000_000_000L;

    private NerEvaluation() {
    }

    /** The score and the tokens tagged per second (after one warm-up pass, over at least a second). */
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
        long tagged = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (TaggedSentence s : gold) {
                tagger.tag(s.tokens());
            }
            tagged += tokens;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS && tokens > 0);
        double perSecond = elapsed == 0 ? 0 : tagged * 1e9 / elapsed;
        return new Result(NerScore.of(expected, predicted, types), gold.size(), tokens, perSecond);
    }
}
