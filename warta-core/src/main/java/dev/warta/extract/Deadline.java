package dev.warta.extract;

import java.time.Duration;

/**
 * The time one document may take to extract. The passes over the tree call {@link #tick()} once per
 * node; the clock is read only every few thousand ticks, so a normal page pays next to nothing, while
 * a pathological one (millions of nodes, quadratic markup) is stopped instead of stalling the run.
 */
final class Deadline {
    /** Ticks between two readings of the clock: a few hundred microseconds of work on any page. */
    private static final int CHECK_EVERY = 4096;

    private final long end;
    private final long millis;
    private int ticks;

    private Deadline(long end, long millis) {
        this.end = end;
        this.millis = millis;
    }

    /** A deadline {@code limit} from now. */
    static Deadline in(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit.toMillis());
    }

    /** No limit to speak of (a century): for readers used on their own, outside a run. */
    static Deadline none() {
        return in(Duration.ofDays(36_500));
    }

    /** One unit of work; every {@value #CHECK_EVERY}th one checks the clock. */
    void tick() {
        if (++ticks % CHECK_EVERY == 0) {
            check();
        }
    }

    /** Reads the clock now: after a step that is not made of ticks, such as parsing. */
    void check() {
        if (System.nanoTime() - end > 0) {
            throw new Exceeded(millis);
        }
    }

    /**
     * The deadline passed. An IllegalArgumentException, which the pipeline reports as a one-line error
     * of the item; the readers that swallow their own failures let this one through.
     */
    static final class Exceeded extends IllegalArgumentException {
        Exceeded(long millis) {
            super("extraction took longer than " + millis + " ms");
        }
    }
}
