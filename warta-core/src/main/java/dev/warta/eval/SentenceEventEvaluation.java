package dev.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.Warta;
import dev.warta.event.RuleEventCoder;
import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.ContentType;
import dev.warta.model.Document;
import dev.warta.model.Event;
import dev.warta.model.EventActor;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores events sentence by sentence against a JSON Lines gold set ({@code {"id","lang","date","text",
 * "events":[{"source":{"text","code"},"target":...,"cameo","cameo_alt","plover"}],"tags"}}, documented in
 * docs/QUALITY.md). Each sentence is analysed alone, dated by its {@code date}. Within a sentence, events
 * are matched as multisets: of PLOVER types and of CAMEO roots (macro-F1 over the labels), and of triples
 * (source code, target code, PLOVER type). A sentence has extra events when one of ours matches no gold
 * event of its type; type accuracy is the share of gold events whose type we give in their sentence. Speed
 * is given for the whole analysis of each sentence as a document, and for the event stage alone.
 */
public final class SentenceEventEvaluation {
    /** The figures; {@code misses} one line per sentence that differs. */
    public record Result(int sentences, int goldEvents, int predictedEvents, Accuracy typeAccuracy,
                         TypeScore plover, TypeScore roots, SetScore triples, Accuracy extraFree,
                         double sentencesPerSecond, double codingSentencesPerSecond, List<String> misses) {
        /** Share of sentences with at least one event of ours that the gold does not have. */
        public double extraShare() {
            return 1 - extraFree.value();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SPEED_ROUNDS = 5;
    private final Warta warta;

    public SentenceEventEvaluation(Warta warta) {
        this.warta = warta;
    }

    public Result run(Path jsonl) throws IOException {
        List<JsonNode> gold = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                gold.add(JSON.readTree(line));
            }
        }
        List<Document> docs = new ArrayList<>();
        long start = System.nanoTime();
        for (JsonNode g : gold) {
            docs.add(warta.analyze(new RawDocument(SourceRef.file(jsonl + "#" + g.path("id").asText()),
                    ContentType.TEXT, g.path("text").asText(),
                    new SourceMetadata(null, null, g.path("date").asText(null), g.path("lang").asText(null), null))));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double codingPerSecond = codingSpeed(docs);
        TypeScore plover = new TypeScore();
        TypeScore roots = new TypeScore();
        SetScore triples = SetScore.ZERO;
        Accuracy types = Accuracy.ZERO;
        Accuracy extraFree = Accuracy.ZERO;
        List<String> misses = new ArrayList<>();
        int goldEvents = 0;
        int predicted = 0;
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            List<Event> ours = docs.get(i).events();
            List<String> goldTypes = new ArrayList<>();
            List<String> goldRoots = new ArrayList<>();
            List<String> goldTriples = new ArrayList<>();
            for (JsonNode e : g.path("events")) {
                goldTypes.add(e.path("plover").asText());
                goldRoots.add(e.path("cameo").asText().substring(0, 2));
                goldTriples.add(code(e.path("source")) + " " + code(e.path("target")) + " " + e.path("plover").asText());
            }
            List<String> ourTypes = ours.stream().map(SentenceEventEvaluation::type).toList();
            List<String> ourTriples = ours.stream().map(e -> code(e.source()) + " " + code(e.target()) + " "
                    + type(e)).toList();
            plover.add(ourTypes, goldTypes);
            roots.add(ours.stream().map(Event::cameoRoot).toList(), goldRoots);
            SetScore t = SetScore.of(ourTriples, goldTriples);
            triples = triples.plus(t);
            SetScore typeMatch = SetScore.of(ourTypes, goldTypes);
            for (int k = 0; k < goldTypes.size(); k++) {
                types = types.plus(k < typeMatch.truePositives());
            }
            extraFree = extraFree.plus(typeMatch.truePositives() == ourTypes.size());
            goldEvents += goldTypes.size();
            predicted += ours.size();
            if (t.truePositives() != goldTriples.size() || t.truePositives() != ourTriples.size()) {
                misses.add(g.path("id").asText() + " gold " + goldTriples + " ours " + ourTriples + ": "
                        + g.path("text").asText());
            }
        }
        return new Result(gold.size(), goldEvents, predicted, types, plover, roots, triples, extraFree,
                gold.size() / seconds, codingPerSecond, List.copyOf(misses));
    }

    /** Sentences per second of the event stage alone, re-run over the analysed sentences (best of five rounds). */
    private static double codingSpeed(List<Document> docs) {
        RuleEventCoder coder = new RuleEventCoder();
        Languages languages = Languages.discover();
        long sentences = docs.stream().mapToLong(d -> d.sentences().size()).sum();
        double best = 0;
        for (int round = 0; round < SPEED_ROUNDS; round++) {
            long start = System.nanoTime();
            for (Document d : docs) {
                Language l = languages.get(d.article().language()).orElseThrow();
                coder.code(d.article(), d.sentences(), d.dates(), d.entities(), d.quotes(), l);
            }
            best = Math.max(best, sentences / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }

    /** The PLOVER type, or the CAMEO root for the codes PLOVER drops (public statements: "01"). */
    private static String type(Event e) {
        return e.ploverType() != null ? e.ploverType() : e.cameoRoot();
    }

    private static String code(JsonNode actor) {
        return actor.isMissingNode() || actor.isNull() ? "-" : actor.path("code").asText("-");
    }

    private static String code(EventActor a) {
        return a == null || a.cameoCode() == null ? "-" : a.cameoCode();
    }
}
