package dev.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warta.Warta;
import dev.warta.model.AnalysisResult;
import dev.warta.model.Article;
import dev.warta.model.Credit;
import dev.warta.model.CreditRole;
import dev.warta.model.Document;
import dev.warta.source.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores article pages against a folder laid out like id-articles-dev: {@code NN.html} (and its second
 * page {@code NN-2.html}, read together so that warta must merge them) with {@code NN.gold.json}. Per
 * article: the title, the publication time, every gold writer or reporter among the page's authors or
 * credits, the credits with their roles, the first and last body sentences present in the text, and no
 * related-article headline left in the text.
 */
public final class PageEvaluation {
    /** The figures; {@code misses} says what went wrong, one line each. */
    public record Result(int pages, Accuracy title, Accuracy published, SetScore authors, SetScore credits,
                         Accuracy merged, Accuracy firstSentence, Accuracy lastSentence, Accuracy relatedAbsent,
                         List<String> misses) {
    }

    private final Warta warta;

    public PageEvaluation(Warta warta) {
        this.warta = warta;
    }

    public Result run(Path dir) throws IOException {
        Accuracy title = Accuracy.ZERO;
        Accuracy published = Accuracy.ZERO;
        Accuracy first = Accuracy.ZERO;
        Accuracy last = Accuracy.ZERO;
        Accuracy related = Accuracy.ZERO;
        SetScore authors = SetScore.ZERO;
        SetScore credits = SetScore.ZERO;
        Accuracy merged = Accuracy.ZERO;
        List<String> misses = new ArrayList<>();
        int pages = 0;
        for (GoldArticles.Article article : new GoldArticles(dir).with(".html", List.of())) {
            String name = article.name();
            Path html = article.file(".html");
            pages++;
            JsonNode g = article.gold();
            Path second = article.file("-2.html");
            List<String> files = Files.exists(second) ? List.of(html.toString(), second.toString())
                    : List.of(html.toString());
            List<Document> docs;
            try (Stream<AnalysisResult> results = warta.analyze(files, ReadLimits.DEFAULT, InputStream.nullInputStream())) {
                docs = results.filter(Document.class::isInstance).map(Document.class::cast).toList();
            }
            if (files.size() > 1) {
                merged = merged.plus(docs.size() == 1);
                note(misses, name, "pages merged into one article", docs.size() == 1, "1", String.valueOf(docs.size()));
            }
            if (docs.isEmpty()) {
                misses.add(name + ": no document");
                continue;
            }
            Article a = docs.getFirst().article();
            boolean titleOk = g.path("title").asText().equals(a.page().title());
            title = title.plus(titleOk);
            note(misses, name, "title", titleOk, g.path("title").asText(), a.page().title());
            String when = a.published() == null ? null : a.published().iso();
            boolean whenOk = when != null && g.path("published").asText().startsWith(when.replace("+07:00", ""));
            published = published.plus(whenOk);
            note(misses, name, "published", whenOk, g.path("published").asText(), when);
            authors = authors.plus(authors(name, g, a, misses));
            boolean firstOk = a.text().contains(g.path("body_first_sentence").asText());
            first = first.plus(firstOk);
            note(misses, name, "first sentence", firstOk, g.path("body_first_sentence").asText(), null);
            String wholeText = String.join("\n", docs.stream().map(d -> d.article().text()).toList());
            boolean lastOk = wholeText.contains(g.path("body_last_sentence").asText());
            last = last.plus(lastOk);
            note(misses, name, "last sentence", lastOk, g.path("body_last_sentence").asText(), null);
            credits = credits.plus(credits(name, g, docs, misses));
            for (JsonNode removed : g.path("removed")) {
                String headline = relatedHeadline(removed.asText());
                if (headline != null) {
                    boolean absent = !a.text().contains(headline);
                    related = related.plus(absent);
                    note(misses, name, "related headline in text", absent, headline, null);
                }
            }
        }
        return new Result(pages, title, published, authors, credits, merged, first, last, related,
                List.copyOf(misses));
    }

    private static SetScore authors(String name, JsonNode g, Article a, List<String> misses) {
        List<String> gold = new ArrayList<>();
        for (JsonNode c : g.path("credits")) {
            String role = c.path("role").asText();
            if (role.equals("writer") || role.equals("reporter")) {
                gold.add(c.path("name").asText().toLowerCase(Locale.ROOT));
            }
        }
        List<String> ours = new ArrayList<>();
        a.page().authors().forEach(x -> ours.add(x.toLowerCase(Locale.ROOT)));
        for (Credit c : a.credits()) {
            if (c.role() != CreditRole.EDITOR && !ours.contains(c.name().toLowerCase(Locale.ROOT))) {
                ours.add(c.name().toLowerCase(Locale.ROOT));
            }
        }
        SetScore s = SetScore.of(ours, gold);
        if (s.truePositives() != s.gold() || s.truePositives() != s.predicted()) {
            misses.add(name + " authors: gold " + gold + ", got " + ours);
        }
        return s;
    }

    private static SetScore credits(String name, JsonNode g, List<Document> docs, List<String> misses) {
        List<String> gold = new ArrayList<>();
        g.path("credits").forEach(c -> gold.add(c.path("name").asText() + "/" + c.path("role").asText()));
        List<String> ours = new ArrayList<>();
        docs.forEach(d -> d.article().credits().forEach(
                c -> ours.add(c.name() + "/" + c.role().name().toLowerCase(Locale.ROOT))));
        SetScore s = SetScore.of(ours, gold);
        if (s.truePositives() != s.gold() || s.truePositives() != s.predicted()) {
            misses.add(name + " credits: gold " + gold + ", got " + ours);
        }
        return s;
    }

    /** "Baca Juga: Headline" gives "Headline"; other removed lines give null. */
    static String relatedHeadline(String line) {
        int colon = line.indexOf(':');
        String marker = colon < 0 ? "" : line.substring(0, colon).toLowerCase(Locale.ROOT).strip();
        boolean related = marker.matches("(baca|lihat|simak|read)\\s+(juga|also)|related news|simak video");
        return related && colon + 1 < line.length() ? line.substring(colon + 1).strip() : null;
    }

    private static void note(List<String> misses, String name, String field, boolean ok, String gold, String got) {
        if (!ok) {
            misses.add(name + " " + field + ": gold \"" + gold + "\"" + (got == null ? "" : ", got \"" + got + "\""));
        }
    }
}
