package dev.warta.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Precision, recall and F1 of predicted items against gold items, counted as multisets. */
public record SetScore(int truePositives, int predicted, int gold) {
    public static final SetScore ZERO = new SetScore(0, 0, 0);

    public static <T> SetScore of(Collection<T> predicted, Collection<T> gold) {
        List<T> left = new ArrayList<>(gold);
        int tp = 0;
        for (T p : predicted) {
            if (left.remove(p)) {
                tp++;
            }
        }
        return new SetScore(tp, predicted.size(), gold.size());
    }

    public SetScore plus(SetScore o) {
        return new SetScore(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
