package dev.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warta.Warta;
import dev.warta.model.Article;
import dev.warta.model.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores article anatomy against a gold folder laid out like id-articles-dev: {@code NN.txt} with
 * {@code NN.gold.json} (outlet and its aliases, dateline, credits, citedSources, removed lines,
 * first and last body sentence, language). Only the text is given to warta.
 */
public final class AnatomyEvaluation {
    /** The scores over a set of articles; {@code misses} lists what went wrong, one line each. */
    public record Result(int articles, Accuracy outlet, Accuracy dateline, Accuracy language, SetScore credits,
                         SetScore citedSources, Accuracy citedDates, SetScore removed, Accuracy firstSentence,
                         Accuracy lastSentence, List<String> misses) {
    }

    private final Warta warta;

    public AnatomyEvaluation(Warta warta) {
        this.warta = warta;
    }

    /** Scores every gold article whose language is in {@code languages} (all when empty). */
    public Result run(Path dir, List<String> languages) throws IOException {
        Tally t = new Tally();
        for (GoldArticles.Article a : new GoldArticles(dir).with(".txt", languages)) {
            t.score(a.name(), a.gold(), a.analyzeText(warta));
        }
        return t.result();
    }

    private static final class Tally {
        int articles;
        Accuracy outlet = Accuracy.ZERO;
        Accuracy dateline = Accuracy.ZERO;
        Accuracy language = Accuracy.ZERO;
        Accuracy citedDates = Accuracy.ZERO;
        Accuracy first = Accuracy.ZERO;
        Accuracy last = Accuracy.ZERO;
        SetScore credits = SetScore.ZERO;
        SetScore cited = SetScore.ZERO;
        SetScore removed = SetScore.ZERO;
        final List<String> misses = new ArrayList<>();

        void score(String name, JsonNode g, Document d) {
            Article a = d.article();
            articles++;
            boolean outletOk = a.outlet() != null && names(g.path("outlet"), g.path("outlet_aliases"))
                    .contains(lower(a.outlet()));
            outlet = outlet.plus(outletOk);
            miss(name, "outlet", outletOk, g.path("outlet").asText(), a.outlet());
            String goldDateline = g.path("dateline").isNull() ? null : g.path("dateline").asText();
            boolean datelineOk = Objects.equals(goldDateline, a.dateline());
            dateline = dateline.plus(datelineOk);
            miss(name, "dateline", datelineOk, goldDateline, a.dateline());
            boolean langOk = g.path("language").asText().equals(a.language());
            language = language.plus(langOk);
            miss(name, "language", langOk, g.path("language").asText(), a.language());

            List<String> goldCredits = new ArrayList<>();
            g.path("credits").forEach(c -> goldCredits.add(c.path("name").asText() + "/" + c.path("role").asText()));
            List<String> ourCredits = a.credits().stream()
                    .map(c -> c.name() + "/" + c.role().name().toLowerCase(Locale.ROOT)).toList();
            credits = credits.plus(setMiss(name, "credits", ourCredits, goldCredits));

            List<String> goldCited = new ArrayList<>();
            g.path("citedSources").forEach(c -> goldCited.add(lower(c.path("name").asText())));
            List<String> ourCited = a.citedSources().stream().map(c -> lower(c.name())).toList();
            cited = cited.plus(setMiss(name, "citedSources", ourCited, goldCited));
            for (JsonNode c : g.path("citedSources")) {
                if (c.path("date").isNull()) {
                    continue;
                }
                String ours = a.citedSources().stream().filter(s -> lower(s.name()).equals(lower(c.path("name")
                        .asText()))).map(s -> s.date() == null ? null : s.date().iso()).findFirst().orElse(null);
                boolean ok = c.path("date").asText().equals(ours);
                citedDates = citedDates.plus(ok);
                miss(name, "citedDate", ok, c.path("date").asText(), ours);
            }

            List<String> goldRemoved = new ArrayList<>();
            g.path("removed").forEach(r -> goldRemoved.add(r.asText()));
            removed = removed.plus(setMiss(name, "removed", a.removed().stream().map(r -> r.text()).toList(),
                    goldRemoved));

            String ourFirst = d.sentences().isEmpty() ? null : d.sentences().getFirst().span().of(a.text());
            String ourLast = d.sentences().isEmpty() ? null : d.sentences().getLast().span().of(a.text());
            boolean firstOk = g.path("body_first_sentence").asText().equals(ourFirst);
            boolean lastOk = g.path("body_last_sentence").asText().equals(ourLast);
            first = first.plus(firstOk);
            last = last.plus(lastOk);
            miss(name, "firstSentence", firstOk, g.path("body_first_sentence").asText(), ourFirst);
            miss(name, "lastSentence", lastOk, g.path("body_last_sentence").asText(), ourLast);
        }

        private static List<String> names(JsonNode main, JsonNode aliases) {
            List<String> out = new ArrayList<>();
            out.add(lower(main.asText()));
            aliases.forEach(a -> out.add(lower(a.asText())));
            return out;
        }

        private SetScore setMiss(String name, String field, List<String> ours, List<String> gold) {
            SetScore s = SetScore.of(ours, gold);
            if (s.truePositives() != s.gold() || s.truePositives() != s.predicted()) {
                List<String> extra = new ArrayList<>(ours);
                gold.forEach(extra::remove);
                List<String> missing = new ArrayList<>(gold);
                ours.forEach(missing::remove);
                misses.add(name + " " + field + ": missing " + missing + ", extra " + extra);
            }
            return s;
        }

        private void miss(String name, String field, boolean ok, String gold, String ours) {
            if (!ok) {
                misses.add(name + " " + field + ": gold " + quote(gold) + ", got " + quote(ours));
            }
        }

        private static String quote(String s) {
            return s == null ? "null" : "\"" + s + "\"";
        }

        Result result() {
            return new Result(articles, outlet, dateline, language, credits, cited, citedDates, removed, first, last,
                    List.copyOf(misses));
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
