package dev.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warta.Warta;
import dev.warta.model.Document;
import dev.warta.model.Event;
import dev.warta.model.EventActor;
import dev.warta.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores events against a gold folder like id-articles-dev ({@code events}: source and target with
 * actor codes, CAMEO code and defensible alternatives, PLOVER type, exact evidence; {@code not_events}:
 * text that must give no event). One of ours matches a gold event when its trigger lies inside the gold
 * evidence. Matched events are checked for CAMEO root and code (the preferred code or an alternative),
 * PLOVER type and the two actor codes; "correct" needs the match, the root and the source code.
 */
public final class EventEvaluation {
    /** The figures; {@code misses} one line each. */
    public record Result(int articles, MatchScore detected, MatchScore correct, Accuracy root, Accuracy code,
                         Accuracy plover, Accuracy source, Accuracy target, Accuracy notEvents, List<String> misses) {
    }

    private final Warta warta;

    public EventEvaluation(Warta warta) {
        this.warta = warta;
    }

    public Result run(Path dir, List<String> languages) throws IOException {
        Tally t = new Tally();
        int articles = 0;
        for (GoldArticles.Article a : new GoldArticles(dir).with(".txt", languages)) {
            articles++;
            score(a, a.analyzeText(warta), t);
        }
        return new Result(articles, t.detected, t.correct, t.root, t.code, t.plover, t.source, t.target, t.notEvents,
                List.copyOf(t.misses));
    }

    /** Running totals over the articles. */
    private static final class Tally {
        MatchScore detected = MatchScore.ZERO;
        MatchScore correct = MatchScore.ZERO;
        Accuracy root = Accuracy.ZERO;
        Accuracy code = Accuracy.ZERO;
        Accuracy plover = Accuracy.ZERO;
        Accuracy source = Accuracy.ZERO;
        Accuracy target = Accuracy.ZERO;
        Accuracy notEvents = Accuracy.ZERO;
        final List<String> misses = new ArrayList<>();
    }

    private static void score(GoldArticles.Article a, Document d, Tally t) {
        String text = d.article().text();
        List<Span> evidence = new ArrayList<>();
        Set<Event> matchedRight = new HashSet<>();
        int found = 0;
        int foundRight = 0;
        for (JsonNode g : a.gold().path("events")) {
            Span span = GoldSpeakers.locate(text, g.path("evidence").asText());
            if (span == null) {
                t.misses.add(a.name() + " evidence not in text: " + g.path("evidence").asText());
                continue;
            }
            evidence.add(span);
            Event ours = best(d.events(), span, roots(g));
            if (ours == null) {
                t.misses.add(a.name() + " missed " + g.path("cameo").asText() + ": " + g.path("evidence").asText());
                continue;
            }
            found++;
            boolean rootRight = roots(g).contains(ours.cameoRoot());
            boolean sourceRight = sameCode(ours.source(), g.path("source"));
            t.root = t.root.plus(rootRight);
            t.code = t.code.plus(codes(g).contains(ours.cameoCode()));
            t.plover = t.plover.plus(g.path("plover").asText().equals(ours.ploverType()));
            t.source = t.source.plus(sourceRight);
            t.target = t.target.plus(sameCode(ours.target(), g.path("target")));
            if (rootRight && sourceRight) {
                foundRight++;
                matchedRight.add(ours);
            } else {
                t.misses.add(a.name() + " wrong: gold " + g.path("cameo").asText() + " "
                        + g.path("source").path("code").asText() + "->" + g.path("target").path("code").asText()
                        + ", ours " + ours.cameoCode() + " " + code(ours.source()) + "->" + code(ours.target())
                        + " at '" + ours.trigger().of(text) + "'");
            }
        }
        int right = 0;
        for (Event e : d.events()) {
            if (evidence.stream().anyMatch(s -> s.contains(e.trigger()))) {
                right++;
            } else {
                t.misses.add(a.name() + " extra " + e.cameoCode() + " " + code(e.source()) + "->" + code(e.target())
                        + " at '" + e.trigger().of(text) + "': " + e.evidence().of(text));
            }
        }
        t.detected = t.detected.plus(new MatchScore(found, evidence.size(), right, d.events().size()));
        t.correct = t.correct.plus(new MatchScore(foundRight, evidence.size(), matchedRight.size(), d.events().size()));
        for (JsonNode n : a.gold().path("not_events")) {
            Span span = GoldSpeakers.locate(text, n.asText());
            if (span != null) {
                boolean clean = d.events().stream().noneMatch(e -> span.contains(e.trigger()));
                t.notEvents = t.notEvents.plus(clean);
                if (!clean) {
                    t.misses.add(a.name() + " event from a not-event: " + n.asText());
                }
            }
        }
    }

    /** Our event in the gold evidence, preferring one of a root the gold accepts. */
    private static Event best(List<Event> events, Span evidence, Set<String> roots) {
        Event any = null;
        for (Event e : events) {
            if (evidence.contains(e.trigger())) {
                if (roots.contains(e.cameoRoot())) {
                    return e;
                }
                any = any == null ? e : any;
            }
        }
        return any;
    }

    private static Set<String> codes(JsonNode g) {
        Set<String> out = new HashSet<>();
        out.add(g.path("cameo").asText());
        g.path("cameo_alt").forEach(c -> out.add(c.asText()));
        return out;
    }

    private static Set<String> roots(JsonNode g) {
        Set<String> out = new HashSet<>();
        codes(g).forEach(c -> out.add(c.substring(0, 2)));
        return out;
    }

    private static boolean sameCode(EventActor ours, JsonNode gold) {
        String want = gold.isMissingNode() || gold.isNull() ? null : gold.path("code").asText();
        return want == null ? ours == null : ours != null && want.equals(ours.cameoCode());
    }

    private static String code(EventActor a) {
        return a == null ? "-" : a.cameoCode();
    }
}
