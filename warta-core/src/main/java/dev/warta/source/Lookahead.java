package dev.warta.source;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over items read on demand: {@link #advance()} reads on and either offers the next item,
 * ends the sequence, or does neither (a skipped record), in which case it is called again.
 */
abstract class Lookahead<T> implements Iterator<T> {
    private T next;
    private boolean done;

    /** Reads on: calls {@link #offer} or {@link #end}, or returns having skipped something. */
    protected abstract void advance();

    protected final void offer(T item) {
        next = item;
    }

    protected final void end() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            advance();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }
}
