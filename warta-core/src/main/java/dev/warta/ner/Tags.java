package dev.warta.ner;

import java.util.List;

/** The tag set of the tagger: O and B/I of PER, ORG and LOC, with the BIO transitions that are legal. */
final class Tags {
    static final List<String> NAMES = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC");
    static final List<String> TYPES = List.of("PER", "ORG", "LOC");
    static final int COUNT = NAMES.size();
    static final int O = 0;

    private Tags() {
    }

    /** The index of {@code tag}, failing for a type outside PER, ORG and LOC. */
    static int index(String tag) {
        int i = NAMES.indexOf(tag);
        if (i < 0) {
            throw new IllegalArgumentException("unknown tag " + tag + " (expected O or B-/I- of " + TYPES + ")");
        }
        return i;
    }

    /** The type index of a B or I tag (0 PER, 1 ORG, 2 LOC), or -1 for O. */
    static int type(int tag) {
        return tag == O ? -1 : (tag - 1) / 2;
    }

    static boolean inside(int tag) {
        return tag != O && (tag - 1) % 2 == 1;
    }

    /** Whether {@code tag} may follow {@code previous} (-1 at the sentence start): I-X only continues X. */
    static boolean legal(int previous, int tag) {
        return !inside(tag) || previous >= 0 && type(previous) == type(tag);
    }
}
