package dev.warta.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Precision, recall and F1 per label (PLOVER type, CAMEO root), and their macro average. */
public final class TypeScore {
    private final Map<String, SetScore> scores = new TreeMap<>();

    /** Adds one sentence's predicted and gold labels, matched as multisets label by label. */
    void add(List<String> predicted, List<String> gold) {
        for (String label : new TreeSet<>(concat(predicted, gold))) {
            SetScore s = SetScore.of(predicted.stream().filter(label::equals).toList(),
                    gold.stream().filter(label::equals).toList());
            scores.merge(label, s, SetScore::plus);
        }
    }

    /** Mean F1 over the labels seen in gold or predictions. */
    public double macroF1() {
        return scores.values().stream().mapToDouble(SetScore::f1).average().orElse(0);
    }

    public Map<String, Double> perLabel() {
        Map<String, Double> out = new TreeMap<>();
        scores.forEach((label, s) -> out.put(label, s.f1()));
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
