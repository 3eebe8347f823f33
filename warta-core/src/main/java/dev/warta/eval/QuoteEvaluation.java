package dev.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warta.Warta;
import dev.warta.model.Document;
import dev.warta.model.Quote;
import dev.warta.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores quotes against a gold folder like id-articles-dev ({@code quotes}: speaker, an exact piece of
 * what was said, direct or not). A gold quote is found when one of ours covers at least half of its piece;
 * found quotes are then checked for speaker (the gold entity under any of its names) and directness.
 * The gold lists a representative set per article, so "ours matching gold" is a lower bound of precision.
 */
public final class QuoteEvaluation {
    /** The figures; {@code misses} one line each. */
    public record Result(int articles, MatchScore found, Accuracy speaker, Accuracy direct, Accuracy endToEnd,
                         List<String> misses) {
    }

    private static final double MIN_OVERLAP = 0.5;
    private final Warta warta;

    public QuoteEvaluation(Warta warta) {
        this.warta = warta;
    }

    public Result run(Path dir, List<String> languages) throws IOException {
        MatchScore found = MatchScore.ZERO;
        Accuracy speaker = Accuracy.ZERO;
        Accuracy direct = Accuracy.ZERO;
        Accuracy endToEnd = Accuracy.ZERO;
        List<String> misses = new ArrayList<>();
        int articles = 0;
        for (GoldArticles.Article a : new GoldArticles(dir).with(".txt", languages)) {
            articles++;
            Document d = a.analyzeText(warta);
            String text = d.article().text();
            List<Span> golds = new ArrayList<>();
            int goldFound = 0;
            for (JsonNode g : a.gold().path("quotes")) {
                Span piece = GoldSpeakers.locate(text, g.path("contains").asText());
                if (piece == null) {
                    misses.add(a.name() + " not in text: " + g.path("contains").asText());
                    continue;
                }
                golds.add(piece);
                Quote ours = best(d.quotes(), piece);
                boolean rightSpeaker = ours != null && GoldSpeakers.same(d, ours.speakerEntityId(), ours.speaker(),
                        GoldSpeakers.namesOf(a.gold(), g.path("speaker").asText()));
                if (ours == null) {
                    misses.add(a.name() + " missed: " + g.path("speaker").asText() + ": " + g.path("contains").asText());
                } else {
                    goldFound++;
                    speaker = speaker.plus(rightSpeaker);
                    direct = direct.plus(ours.direct() == g.path("direct").asBoolean());
                    if (!rightSpeaker) {
                        misses.add(a.name() + " speaker: gold " + g.path("speaker").asText() + ", ours "
                                + ours.speaker().of(text) + " (" + ours.speakerEntityId() + ")");
                    }
                }
                endToEnd = endToEnd.plus(rightSpeaker);
            }
            int right = (int) d.quotes().stream().filter(q -> golds.stream()
                    .anyMatch(g -> GoldSpeakers.overlap(g, q.content()) >= MIN_OVERLAP)).count();
            found = found.plus(new MatchScore(goldFound, golds.size(), right, d.quotes().size()));
        }
        return new Result(articles, found, speaker, direct, endToEnd, List.copyOf(misses));
    }

    private static Quote best(List<Quote> quotes, Span piece) {
        Quote best = null;
        double most = MIN_OVERLAP;
        for (Quote q : quotes) {
            double o = GoldSpeakers.overlap(piece, q.content());
            if (o >= most) {
                best = q;
                most = o;
            }
        }
        return best;
    }
}
