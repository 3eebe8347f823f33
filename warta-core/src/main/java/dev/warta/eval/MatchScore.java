package dev.warta.eval;

/**
 * Precision and recall when one gold item may match several predicted ones (a person found as two
 * entities): recall counts the gold items found, precision the predicted items that match some gold one.
 */
public record MatchScore(int goldFound, int gold, int predictedRight, int predicted) {
    public static final MatchScore ZERO = new MatchScore(0, 0, 0, 0);

    public MatchScore plus(MatchScore o) {
        return new MatchScore(goldFound + o.goldFound, gold + o.gold, predictedRight + o.predictedRight,
                predicted + o.predicted);
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) predictedRight / predicted;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) goldFound / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
