package dev.warta.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScrapingHub article-extraction metric, as ../shared/tools/score_extraction.py computes it:
 * tokens are {@code \w+} runs, each text a multiset of overlapping 4-token shingles, and a page's
 * true/false positives and negatives are normalized to sum to one.
 */
public final class ShingleScore {
    // Python's Unicode \w: letters, numbers and the underscore
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    /** One page: normalized tp, fp, fn. */
    public record Page(double tp, double fp, double fn) {
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }

        public double f1() {
            boolean hasP = tp + fp > 0;
            boolean hasR = tp + fn > 0;
            double p = precision();
            double r = recall();
            return hasP && hasR && p + r > 0 ? 2 * p * r / (p + r) : 0;
        }
    }

    /** Corpus precision, recall and F1 over pages, with the script's rules for empty pages. */
    public record Corpus(double precision, double recall, double f1, int pages, int belowHalf) {
        public static Corpus of(List<Page> pages) {
            double p = mean(pages.stream().filter(x -> x.tp() + x.fp() > 0).mapToDouble(Page::precision).toArray());
            double r = mean(pages.stream().filter(x -> x.tp() + x.fn() > 0).mapToDouble(Page::recall).toArray());
            double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
            int below = (int) pages.stream().filter(x -> x.f1() < 0.5).count();
            return new Corpus(p, r, f1, pages.size(), below);
        }

        private static double mean(double[] xs) {
            double sum = 0;
            for (double x : xs) {
                sum += x;
            }
            return xs.length == 0 ? 0 : sum / xs.length;
        }
    }

    private ShingleScore() {
    }

    public static Page page(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(gc, e.getValue());
            fp += Math.max(0, e.getValue() - gc);
        }
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum) : new Page(0, 0, 0);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> t = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, t.size() - N + 1); i++) {
            List<String> sh = t.subList(i, Math.min(t.size(), i + N));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }
}
