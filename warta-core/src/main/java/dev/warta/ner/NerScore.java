package dev.warta.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Span-exact scores by the rules of conlleval: a chunk starts at B-X, or at I-X that does not continue an X
 * chunk, and ends before the next tag that is not I-X; a predicted chunk counts only if its type, first and
 * last token all equal a gold chunk's, so a partial span is both a false positive and a false negative.
 *
 * @param perType the counts of each scored type, in alphabetical order
 */
public record NerScore(Map<String, Counts> perType) {
    public NerScore {
        perType = Collections.unmodifiableMap(new LinkedHashMap<>(perType));
    }

    /** Chunks found in both, predicted, and gold. */
    public record Counts(int correct, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            return correct == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
        }
    }

    /** A chunk of tokens [start, end) of one type. */
    public record Chunk(String type, int start, int end) {
    }

    /**
     * Scores {@code predicted} against {@code gold} (tag sequences of the same sentences) on {@code types},
     * or on every type seen in either when {@code types} is empty.
     */
    public static NerScore of(List<List<String>> gold, List<List<String>> predicted, Set<String> types) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Set<String> scored = new TreeSet<>(types);
        for (int s = 0; s < gold.size(); s++) {
            if (gold.get(s).size() != predicted.get(s).size()) {
                throw new IllegalArgumentException("sentence " + (s + 1) + " has " + gold.get(s).size()
                        + " gold tags but " + predicted.get(s).size() + " predicted");
            }
            List<Chunk> g = chunks(gold.get(s));
            Set<Chunk> goldSet = new HashSet<>(g);
            for (Chunk c : g) {
                if (types.isEmpty() || types.contains(c.type())) {
                    scored.add(c.type());
                    counts.computeIfAbsent(c.type(), k -> new int[3])[2]++;
                }
            }
            for (Chunk c : chunks(predicted.get(s))) {
                if (types.isEmpty() || types.contains(c.type())) {
                    scored.add(c.type());
                    int[] k = counts.computeIfAbsent(c.type(), x -> new int[3]);
                    k[1]++;
                    k[0] += goldSet.contains(c) ? 1 : 0;
                }
            }
        }
        Map<String, Counts> perType = new LinkedHashMap<>();
        for (String type : scored) {
            int[] k = counts.getOrDefault(type, new int[3]);
            perType.put(type, new Counts(k[0], k[1], k[2]));
        }
        return new NerScore(perType);
    }

    /** The chunks of a BIO tag sequence, read as conlleval reads them. */
    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        String type = null;
        int start = 0;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = type != null && tag.startsWith("I-") && tag.substring(2).equals(type);
            if (continues) {
                continue;
            }
            if (type != null) {
                out.add(new Chunk(type, start, i));
                type = null;
            }
            if (!tag.equals("O")) {
                type = tag.substring(2);
                start = i;
            }
        }
        return out;
    }

    /** The counts summed over the scored types. */
    public Counts micro() {
        int c = 0;
        int p = 0;
        int g = 0;
        for (Counts k : perType.values()) {
            c += k.correct();
            p += k.predicted();
            g += k.gold();
        }
        return new Counts(c, p, g);
    }

    /** The mean of the per-type F1 (the IndoNLU convention). */
    public double macroF1() {
        return perType.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }
}
