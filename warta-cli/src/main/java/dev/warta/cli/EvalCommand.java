package dev.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.Warta;
import dev.warta.detect.LinguaLanguageDetector;
import dev.warta.eval.Accuracy;
import dev.warta.eval.AnatomyEvaluation;
import dev.warta.eval.EntityEvaluation;
import dev.warta.eval.EventEvaluation;
import dev.warta.eval.QuoteEvaluation;
import dev.warta.eval.SentenceEventEvaluation;
import dev.warta.eval.ExtractionEvaluation;
import dev.warta.eval.LanguageEvaluation;
import dev.warta.eval.MatchScore;
import dev.warta.eval.PageEvaluation;
import dev.warta.eval.SetScore;
import dev.warta.eval.ShingleScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warta eval}: scores a capability on a gold set and prints the figures. */
@Command(name = "eval", description = "Score warta on a gold set.",
        subcommands = {EvalCommand.Anatomy.class, EvalCommand.Language.class, EvalCommand.Extract.class,
                EvalCommand.Pages.class, EvalCommand.Entities.class, NerCommands.Eval.class, EvalCommand.Quotes.class,
                EvalCommand.Events.class})
final class EvalCommand {

    @Command(name = "anatomy", description = "Outlet, dateline, credits, cited sources, removed lines and body "
            + "sentences against a folder of NN.txt + NN.gold.json (like ../shared/data/id-articles-dev).")
    static final class Anatomy implements Callable<Integer> {
        @Mixin
        GoldOptions options = new GoldOptions();

        @Override
        public Integer call() throws Exception {
            AnatomyEvaluation.Result r = new AnatomyEvaluation(Warta.create()).run(options.gold, options.languages);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("articles", r.articles());
            figures.put("outlet", r.outlet().value());
            figures.put("dateline", r.dateline().value());
            figures.put("language", r.language().value());
            figures.put("credits", prf(r.credits()));
            figures.put("citedSources", prf(r.citedSources()));
            figures.put("citedSourceDates", r.citedDates().value());
            figures.put("removed", prf(r.removed()));
            figures.put("firstSentence", r.firstSentence().value());
            figures.put("lastSentence", r.lastSentence().value());
            options.report(figures, () -> {
                System.out.printf("articles          %d%n", r.articles());
                line("outlet", r.outlet());
                line("dateline", r.dateline());
                line("language", r.language());
                line("credits", r.credits());
                line("cited sources", r.citedSources());
                line("cited dates", r.citedDates());
                line("removed lines", r.removed());
                line("first sentence", r.firstSentence());
                line("last sentence", r.lastSentence());
            }, r.misses());
            return 0;
        }
    }

    @Command(name = "language", description = "Language identification against a TSV of lang<TAB>text.")
    static final class Language implements Callable<Integer> {
        @Option(names = "--gold", required = true, description = "The gold TSV file.")
        Path gold;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            LanguageEvaluation.Result r = new LanguageEvaluation(new LinguaLanguageDetector()).run(gold);
            if (json) {
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("accuracy", r.overall().value());
                figures.put("items", r.overall().total());
                Map<String, Double> perLanguage = new LinkedHashMap<>();
                r.perLanguage().forEach((k, v) -> perLanguage.put(k, v.value()));
                Map<String, Double> perLength = new LinkedHashMap<>();
                r.perLength().forEach((k, v) -> perLength.put(k, v.value()));
                figures.put("perLanguage", perLanguage);
                figures.put("perLength", perLength);
                figures.put("confusions", r.confusions());
                figures.put("detectionsPerSecond", r.detectionsPerSecond());
                System.out.println(new ObjectMapper().writeValueAsString(figures));
                return 0;
            }
            line("overall", r.overall());
            r.perLanguage().forEach((k, v) -> line("lang " + k, v));
            r.perLength().forEach((k, v) -> line("length " + k, v));
            r.confusions().forEach((k, v) -> System.out.printf("confused %-8s %d%n", k, v));
            System.out.printf("detections/s      %.0f%n", r.detectionsPerSecond());
            return 0;
        }
    }

    @Command(name = "extract", description = "Main-content extraction (the ScrapingHub shingle metric of "
            + "score_extraction.py), title/author/date accuracy and speed on a folder like ../shared/data/extraction-dev.")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--gold", required = true, description = "The gold folder (pages/ID.html.gz, pages/ID.txt, "
                + "index.jsonl).")
        Path gold;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Option(names = "--pred-out", description = "Also write each extracted text as DIR/ID.txt.")
        Path predictions;

        @Option(names = "--per-page", description = "Write per-page precision, recall and F1 (TSV) to this file.")
        Path perPage;

        @Option(names = "--misses", description = "Write the title, author and date misses (TSV: id, field, gold, "
                + "found) to this file.")
        Path misses;

        @Override
        public Integer call() throws Exception {
            ExtractionEvaluation.Result r = new ExtractionEvaluation(Warta.create()).run(gold);
            if (misses != null) {
                StringBuilder tsv = new StringBuilder("id\tfield\tgold\tfound\n");
                r.misses().forEach(m -> tsv.append(String.join("\t", m.id(), m.field(), oneLine(m.gold()),
                        oneLine(m.found()))).append('\n'));
                Files.writeString(misses, tsv);
            }
            if (predictions != null) {
                Files.createDirectories(predictions);
                for (ExtractionEvaluation.PageResult p : r.pages()) {
                    Files.writeString(predictions.resolve(p.id() + ".txt"), p.text());
                }
            }
            if (perPage != null) {
                StringBuilder tsv = new StringBuilder("id\tprecision\trecall\tf1\n");
                r.pages().forEach(p -> tsv.append(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f%n", p.id(),
                        p.score().precision(), p.score().recall(), p.score().f1())));
                Files.writeString(perPage, tsv);
            }
            ShingleScore.Corpus t = r.text();
            if (json) {
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("pages", t.pages());
                figures.put("precision", t.precision());
                figures.put("recall", t.recall());
                figures.put("f1", t.f1());
                figures.put("pagesBelowHalf", t.belowHalf());
                figures.put("shareBelowHalf", t.pages() == 0 ? 0 : (double) t.belowHalf() / t.pages());
                figures.put("title", r.title().value());
                figures.put("author", r.author().value());
                figures.put("authorString", r.authorString().value());
                figures.put("date", r.date().value());
                figures.put("pagesPerSecond", r.pagesPerSecond());
                figures.put("medianPageMillis", r.medianPageMillis());
                figures.put("extractPagesPerSecond", r.extractPagesPerSecond());
                figures.put("extractMedianPageMillis", r.extractMedianPageMillis());
                System.out.println(new ObjectMapper().writeValueAsString(figures));
                return 0;
            }
            System.out.printf(Locale.ROOT, "pages             %d%n", t.pages());
            System.out.printf(Locale.ROOT, "precision         %.3f%nrecall            %.3f%nF1                %.3f%n",
                    t.precision(), t.recall(), t.f1());
            System.out.printf(Locale.ROOT, "page F1 < 0.5     %.3f  (%d pages)%n",
                    t.pages() == 0 ? 0 : (double) t.belowHalf() / t.pages(), t.belowHalf());
            line("title", r.title());
            line("author", r.author());
            line("author (1 string)", r.authorString());
            line("date (day)", r.date());
            System.out.printf(Locale.ROOT, "pages/s           %.1f  (median page %.2f ms, one thread, whole analysis)%n",
                    r.pagesPerSecond(), r.medianPageMillis());
            System.out.printf(Locale.ROOT, "extract pages/s   %.1f  (median page %.2f ms, one thread, extraction only)%n",
                    r.extractPagesPerSecond(), r.extractMedianPageMillis());
            return 0;
        }
    }

    @Command(name = "pages", description = "Article pages (NN.html) against NN.gold.json, as in "
            + "../shared/data/id-articles-dev: title, date, authors, first/last sentence, related headlines absent.")
    static final class Pages implements Callable<Integer> {
        @Option(names = "--gold", required = true, description = "The gold folder.")
        Path gold;

        @Option(names = "--details", description = "List every miss.")
        boolean details;

        @Override
        public Integer call() throws Exception {
            PageEvaluation.Result r = new PageEvaluation(Warta.create()).run(gold);
            System.out.printf("pages             %d%n", r.pages());
            line("title", r.title());
            line("published", r.published());
            line("authors", r.authors());
            line("credits", r.credits());
            line("pages merged", r.merged());
            line("first sentence", r.firstSentence());
            line("last sentence", r.lastSentence());
            line("related absent", r.relatedAbsent());
            if (details) {
                r.misses().forEach(m -> System.err.println("miss: " + m));
            }
            return 0;
        }
    }

    @Command(name = "entities", description = "Persons, organizations, places and roles against NN.txt + "
            + "NN.gold.json (like ../shared/data/id-articles-dev).")
    static final class Entities implements Callable<Integer> {
        @Mixin
        GoldOptions options = new GoldOptions();

        @Override
        public Integer call() throws Exception {
            EntityEvaluation.Result r = new EntityEvaluation(Warta.create()).run(options.gold, options.languages);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("articles", r.articles());
            figures.put("persons", prf(r.persons()));
            figures.put("organizations", prf(r.organizations()));
            figures.put("places", prf(r.places()));
            figures.put("roles", prf(r.roles()));
            options.report(figures, () -> {
                System.out.printf("articles          %d%n", r.articles());
                match("persons", r.persons());
                match("organizations", r.organizations());
                match("places", r.places());
                line("roles", r.roles());
            }, r.misses());
            return 0;
        }

        static void match(String name, MatchScore s) {
            System.out.printf(Locale.ROOT, "%-17s P %.3f  R %.3f  F1 %.3f  (gold found %d/%d, ours right %d/%d)%n",
                    name, s.precision(), s.recall(), s.f1(), s.goldFound(), s.gold(), s.predictedRight(),
                    s.predicted());
        }
    }

    @Command(name = "quotes", description = "Quotes (found, speaker, direct) against a folder of NN.txt + "
            + "NN.gold.json (like ../shared/data/id-articles-dev).")
    static final class Quotes implements Callable<Integer> {
        @Mixin
        GoldOptions options = new GoldOptions();

        @Override
        public Integer call() throws Exception {
            QuoteEvaluation.Result r = new QuoteEvaluation(Warta.create()).run(options.gold, options.languages);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("articles", r.articles());
            figures.put("found", prf(r.found()));
            figures.put("speaker", r.speaker().value());
            figures.put("direct", r.direct().value());
            figures.put("quoteAndSpeaker", r.endToEnd().value());
            options.report(figures, () -> {
                System.out.printf("articles          %d%n", r.articles());
                Entities.match("quotes found", r.found());
                line("speaker", r.speaker());
                line("direct", r.direct());
                line("quote+speaker", r.endToEnd());
            }, r.misses());
            return 0;
        }
    }

    @Command(name = "events", description = "Events (detection, CAMEO, PLOVER, actor codes, not-events) against "
            + "a folder of NN.txt + NN.gold.json (like ../shared/data/id-articles-dev), or sentence by sentence "
            + "against a JSON Lines gold set (type accuracy, macro-F1, triples, extra events, sentences/s).")
    static final class Events implements Callable<Integer> {
        @Mixin
        GoldOptions options = new GoldOptions();

        @Override
        public Integer call() throws Exception {
            if (Files.isRegularFile(options.gold)) {
                return sentences();
            }
            EventEvaluation.Result r = new EventEvaluation(Warta.create()).run(options.gold, options.languages);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("articles", r.articles());
            figures.put("detected", prf(r.detected()));
            figures.put("correct", prf(r.correct()));
            figures.put("cameoRoot", r.root().value());
            figures.put("cameoCode", r.code().value());
            figures.put("plover", r.plover().value());
            figures.put("sourceCode", r.source().value());
            figures.put("targetCode", r.target().value());
            figures.put("notEventsClean", r.notEvents().value());
            options.report(figures, () -> {
                System.out.printf("articles          %d%n", r.articles());
                Entities.match("detected", r.detected());
                Entities.match("correct", r.correct());
                line("CAMEO root", r.root());
                line("CAMEO code", r.code());
                line("PLOVER", r.plover());
                line("source code", r.source());
                line("target code", r.target());
                line("not-events clean", r.notEvents());
            }, r.misses());
            return 0;
        }

        private int sentences() throws Exception {
            SentenceEventEvaluation.Result r = new SentenceEventEvaluation(Warta.create()).run(options.gold);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("sentences", r.sentences());
            figures.put("goldEvents", r.goldEvents());
            figures.put("predictedEvents", r.predictedEvents());
            figures.put("typeAccuracy", r.typeAccuracy().value());
            figures.put("ploverMacroF1", r.plover().macroF1());
            figures.put("cameoRootMacroF1", r.roots().macroF1());
            figures.put("triples", prf(r.triples()));
            figures.put("extraEventSentences", r.extraShare());
            figures.put("sentencesPerSecond", r.sentencesPerSecond());
            figures.put("eventCodingSentencesPerSecond", r.codingSentencesPerSecond());
            figures.put("ploverF1", r.plover().perLabel());
            figures.put("cameoRootF1", r.roots().perLabel());
            options.report(figures, () -> {
                System.out.printf(Locale.ROOT, "sentences         %d (gold events %d, ours %d)%n", r.sentences(),
                        r.goldEvents(), r.predictedEvents());
                line("event type", r.typeAccuracy());
                System.out.printf(Locale.ROOT, "PLOVER macro-F1   %.3f%n", r.plover().macroF1());
                System.out.printf(Locale.ROOT, "CAMEO root mF1    %.3f%n", r.roots().macroF1());
                line("triples", r.triples());
                System.out.printf(Locale.ROOT, "extra events      %.3f of sentences%n", r.extraShare());
                System.out.printf(Locale.ROOT, "speed             %.0f sentences/s (whole analysis, one thread), "
                        + "%.0f sentences/s (event coding alone)%n", r.sentencesPerSecond(), r.codingSentencesPerSecond());
                r.plover().perLabel().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-15s F1 %.3f%n", k, v));
            }, r.misses());
            return 0;
        }
    }

    static Map<String, Double> prf(MatchScore s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("precision", s.precision());
        m.put("recall", s.recall());
        m.put("f1", s.f1());
        return m;
    }

    static Map<String, Double> prf(SetScore s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("precision", s.precision());
        m.put("recall", s.recall());
        m.put("f1", s.f1());
        return m;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static void line(String name, Accuracy a) {
        System.out.printf("%-17s %.3f  (%d/%d)%n", name, a.value(), a.correct(), a.total());
    }

    static void line(String name, SetScore s) {
        System.out.printf("%-17s P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)%n", name, s.precision(),
                s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold());
    }
}
