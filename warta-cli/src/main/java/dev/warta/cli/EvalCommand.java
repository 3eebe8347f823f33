package dev.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.Warta;
import dev.warta.detect.LinguaLanguageDetector;
import dev.warta.eval.Accuracy;
import dev.warta.eval.AnatomyEvaluation;
import dev.warta.eval.LanguageEvaluation;
import dev.warta.eval.SetScore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta eval}: scores a capability on a gold set and prints the figures. */
@Command(name = "eval", description = "Score warta on a gold set.",
        subcommands = {EvalCommand.Anatomy.class, EvalCommand.Language.class})
final class EvalCommand {

    @Command(name = "anatomy", description = "Outlet, dateline, credits, cited sources, removed lines and body "
            + "sentences against a folder of NN.txt + NN.gold.json (like ../shared/data/id-articles-dev).")
    static final class Anatomy implements Callable<Integer> {
        @Option(names = "--gold", required = true, description = "The gold folder.")
        Path gold;

        @Option(names = "--lang", split = ",", description = "Only articles in these languages (e.g. id).")
        List<String> languages = List.of();

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Option(names = "--details", description = "List every miss.")
        boolean details;

        @Override
        public Integer call() throws Exception {
            AnatomyEvaluation.Result r = new AnatomyEvaluation(Warta.create()).run(gold, languages);
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
            if (json) {
                System.out.println(new ObjectMapper().writeValueAsString(figures));
            } else {
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
            }
            if (details) {
                r.misses().forEach(m -> System.err.println("miss: " + m));
            }
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

    static Map<String, Double> prf(SetScore s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("precision", s.precision());
        m.put("recall", s.recall());
        m.put("f1", s.f1());
        return m;
    }

    static void line(String name, Accuracy a) {
        System.out.printf("%-17s %.3f  (%d/%d)%n", name, a.value(), a.correct(), a.total());
    }

    static void line(String name, SetScore s) {
        System.out.printf("%-17s P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)%n", name, s.precision(),
                s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold());
    }
}
