package dev.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.ner.CoNLL;
import dev.warta.ner.NerEvaluation;
import dev.warta.ner.NerScore;
import dev.warta.ner.NerTagger;
import dev.warta.ner.NerTrainer;
import dev.warta.ner.TaggedSentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta train ner} and {@code warta eval ner}: the named-entity tagger's model and its scores. */
final class NerCommands {
    private NerCommands() {
    }

    @Command(name = "train", description = "Train a model.", subcommands = {TrainNer.class})
    static final class Train {
    }

    @Command(name = "ner", description = "Train the PER/ORG/LOC tagger on every DIR/*/train.conll of a folder "
            + "like ../shared/data/id-ner; the same data always gives the same model.")
    static final class TrainNer implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "The folder of corpora.")
        Path data;

        @Option(names = "--out", required = true, description = "The model file to write (gzip).")
        Path out;

        @Option(names = "--gazetteer", description = "Place names for features, stored in the model "
                + "(default: gazetteer beside the data folder; none if absent).")
        Path gazetteer;

        @Option(names = "--titles", description = "Folder with role_titles_id.tsv and honorifics_id.tsv "
                + "(default: id-text beside the data folder).")
        Path titles;

        @Option(names = "--epochs", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
        int epochs = NerTrainer.DEFAULT.epochs();

        @Option(names = "--bits", description = "log2 of the feature buckets (default: ${DEFAULT-VALUE}).")
        int bits = NerTrainer.DEFAULT.bits();

        @Override
        public Integer call() throws IOException {
            List<List<TaggedSentence>> corpora = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(data)) {
                for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                    Path train = dir.resolve("train.conll");
                    if (Files.exists(train)) {
                        corpora.add(CoNLL.read(train));
                        System.err.println("warta: " + train + ": " + corpora.getLast().size() + " sentences");
                    }
                }
            }
            if (corpora.isEmpty()) {
                System.err.println("warta: no */train.conll under " + data);
                return 1;
            }
            long start = System.nanoTime();
            Path places = gazetteer != null ? gazetteer : data.toAbsolutePath().resolveSibling("gazetteer");
            Path idText = titles != null ? titles : data.toAbsolutePath().resolveSibling("id-text");
            NerTrainer trainer = new NerTrainer(bits, epochs, NerTrainer.DEFAULT.seed());
            NerTagger tagger = Files.isDirectory(places) && Files.isDirectory(idText)
                    ? trainer.train(corpora, places, idText, line -> System.err.println("warta: " + line))
                    : trainer.train(corpora, line -> System.err.println("warta: " + line));
            tagger.write(out);
            System.err.printf("warta: trained in %.1f s, wrote %s (%d bytes)%n", (System.nanoTime() - start) / 1e9,
                    out, Files.size(out));
            return 0;
        }
    }

    @Command(name = "ner", description = "Span-exact (conlleval) precision, recall and F1 per type, micro-F1, "
            + "macro-F1 (mean of per-type F1) and tokens/s on one thread, against a token<TAB>tag CoNLL file.")
    static final class Eval implements Callable<Integer> {
        @Option(names = "--gold", required = true, description = "The gold CoNLL file.")
        Path gold;

        @Option(names = "--types", split = ",", description = "Score only these types (e.g. PER,LOC for NERP).")
        List<String> types = List.of();

        @Option(names = "--model", description = "A model file instead of the shipped one.")
        Path model;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            NerTagger tagger = model == null ? NerTagger.shipped() : NerTagger.load(model);
            NerEvaluation.Result r = NerEvaluation.run(tagger, CoNLL.read(gold), new LinkedHashSet<>(types));
            NerScore s = r.score();
            if (json) {
                Map<String, Object> perType = new LinkedHashMap<>();
                s.perType().forEach((type, c) -> perType.put(type, counts(c)));
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("micro", s.micro().f1());
                figures.put("macro", s.macroF1());
                figures.put("microPrecision", s.micro().precision());
                figures.put("microRecall", s.micro().recall());
                figures.put("perType", perType);
                figures.put("tokensPerSecond", r.tokensPerSecond());
                figures.put("tokens", r.tokens());
                System.out.println(new ObjectMapper().writeValueAsString(figures));
                return 0;
            }
            System.out.printf("sentences %d, tokens %d%n", r.sentences(), r.tokens());
            System.out.printf("%-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1", "gold", "found");
            s.perType().forEach((type, c) -> line(type, c));
            line("micro", s.micro());
            System.out.printf("%-8s %29.4f%n", "macro", s.macroF1());
            System.out.printf("tokens/s %.0f%n", r.tokensPerSecond());
            return 0;
        }

        private static Map<String, Object> counts(NerScore.Counts c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", c.precision());
            m.put("recall", c.recall());
            m.put("f1", c.f1());
            m.put("gold", c.gold());
            m.put("predicted", c.predicted());
            m.put("correct", c.correct());
            return m;
        }

        private static void line(String label, NerScore.Counts c) {
            System.out.printf("%-8s %9.4f %9.4f %9.4f %7d %7d%n", label, c.precision(), c.recall(), c.f1(), c.gold(),
                    c.predicted());
        }
    }
}
