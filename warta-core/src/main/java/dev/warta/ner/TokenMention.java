package dev.warta.ner;

import dev.warta.model.EntityType;

/** A name as a run of a sentence's tokens, {@code first} to {@code last} inclusive. */
record TokenMention(int first, int last, EntityType type) {
    boolean covers(int token) {
        return first <= token && token <= last;
    }

    boolean overlaps(int from, int to) {
        return first <= to && from <= last;
    }
}
