package dev.warta.cli;

import java.io.PrintStream;

/**
 * Progress of a long run on stderr: on a terminal one line rewritten in place at most every half
 * second, otherwise a plain line every {@value #EVERY_SECONDS} seconds; a summary at the end.
 */
final class Progress {
    static final int EVERY_SECONDS = 10;
    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long last = start;
    private long done;
    private long failed;

    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static Progress onStderr() {
        return new Progress(System.err, System.console() != null);
    }

    void ok() {
        done++;
        tick();
    }

    void failed() {
        failed++;
        tick();
    }

    long failures() {
        return failed;
    }

    long documents() {
        return done;
    }

    private void tick() {
        long now = System.nanoTime();
        long interval = terminal ? 500_000_000L : EVERY_SECONDS * 1_000_000_000L;
        if (now - last >= interval) {
            last = now;
            err.print((terminal ? "\r" : "") + line(now) + (terminal ? "" : "\n"));
            err.flush();
        }
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        return String.format("warta: %,d documents, %,d failed, %.0f/s", done, failed, (done + failed) / seconds);
    }

    /** The closing line: what was done, what failed. */
    void finish(String what) {
        if (terminal && done + failed > 0) {
            err.print("\r");
        }
        err.printf("warta: %,d %s, %,d failed%n", done, what, failed);
    }
}
