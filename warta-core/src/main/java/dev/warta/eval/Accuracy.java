package dev.warta.eval;

/** Correct answers out of all. */
public record Accuracy(int correct, int total) {
    public static final Accuracy ZERO = new Accuracy(0, 0);

    public Accuracy plus(boolean right) {
        return new Accuracy(correct + (right ? 1 : 0), total + 1);
    }

    public double value() {
        return total == 0 ? 0 : (double) correct / total;
    }
}
