package dev.warta.eval;

import dev.warta.detect.LanguageDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a language detector on a TSV gold file ({@code lang<TAB>text}, header line first),
 * per language and per length: short (up to 12 words), medium (up to 40), long. Speed is measured
 * on a second pass, once the detector's models are loaded.
 */
public final class LanguageEvaluation {

    /** Accuracy overall, per gold language, per length bucket; confusions as "gold->got" counts. */
    public record Result(Accuracy overall, Map<String, Accuracy> perLanguage, Map<String, Accuracy> perLength,
                         Map<String, Integer> confusions, double detectionsPerSecond) {
    }

    private final LanguageDetector detector;

    public LanguageEvaluation(LanguageDetector detector) {
        this.detector = detector;
    }

    public Result run(Path gold) throws IOException {
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        Accuracy overall = Accuracy.ZERO;
        Map<String, Accuracy> perLanguage = new TreeMap<>();
        Map<String, Accuracy> perLength = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        List<String[]> items = lines.subList(1, lines.size()).stream().map(l -> l.split("\t", 2))
                .filter(f -> f.length == 2).toList();
        for (String[] f : items) {
            String got = detector.detect(f[1]).orElse("unknown");
            boolean ok = got.equals(f[0]);
            overall = overall.plus(ok);
            perLanguage.merge(f[0], Accuracy.ZERO.plus(ok), LanguageEvaluation::add);
            perLength.merge(bucket(f[1]), Accuracy.ZERO.plus(ok), LanguageEvaluation::add);
            if (!ok) {
                confusions.merge(f[0] + "->" + got, 1, Integer::sum);
            }
        }
        long t0 = System.nanoTime();
        items.forEach(f -> detector.detect(f[1]));
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(overall, perLanguage, perLength, confusions, items.isEmpty() ? 0 : items.size() / seconds);
    }

    static String bucket(String text) {
        int words = text.strip().split("\\s+").length;
        return words <= 12 ? "short" : words <= 40 ? "medium" : "long";
    }

    private static Accuracy add(Accuracy a, Accuracy b) {
        return new Accuracy(a.correct() + b.correct(), a.total() + b.total());
    }
}
