package dev.warta.text;

import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The tokens of a sentence as lower-cased words, with lookup of multi-word phrases from word lists. */
public final class Words {
    /** Longest phrase the word lists hold ("told reporters", "menurut dia"). */
    private static final int MAX_PHRASE = 4;
    private final List<Span> spans;
    private final List<String> lower;
    /** The phrases of one to {@value #MAX_PHRASE} words starting at each word, built once: the stages ask often. */
    private String[][] joined;

    public Words(CharSequence text, Sentence sentence) {
        this.spans = new ArrayList<>();
        this.lower = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            spans.add(t.span());
            lower.add(t.span().of(text).toLowerCase(Locale.ROOT));
        }
    }

    public int size() {
        return lower.size();
    }

    public String word(int i) {
        return lower.get(i);
    }

    public List<String> all() {
        return lower;
    }

    public Span span(int i) {
        return spans.get(i);
    }

    /** Index of the first token starting at or after {@code offset}, or {@code size()}. */
    public int indexAt(int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).start() >= offset) {
                return i;
            }
        }
        return spans.size();
    }

    /** Number of words of the longest phrase of {@code phrases} starting at word {@code i}, 0 if none. */
    public int phraseAt(int i, Set<String> phrases) {
        return phraseAt(i, phrases::contains);
    }

    /** Number of words of the longest phrase starting at word {@code i} that {@code known} accepts, 0 if none. */
    public int phraseAt(int i, Predicate<String> known) {
        int longest = 0;
        for (int n = 1; n <= MAX_PHRASE && i + n <= size(); n++) {
            if (known.test(phrase(i, n))) {
                longest = n;
            }
        }
        return longest;
    }

    /** The {@code n} words from word {@code i}, joined by single spaces; the same instance on every call. */
    private String phrase(int i, int n) {
        if (joined == null) {
            joined = new String[size()][];
        }
        if (joined[i] == null) {
            joined[i] = new String[MAX_PHRASE];
        }
        String p = joined[i][n - 1];
        if (p == null) {
            p = n == 1 ? lower.get(i) : phrase(i, n - 1) + " " + lower.get(i + n - 1);
            joined[i][n - 1] = p;
        }
        return p;
    }

    /** Number of words of the longest phrase of {@code phrases} ending just before word {@code i}, 0 if none. */
    public int phraseBefore(int i, Set<String> phrases) {
        for (int n = Math.min(MAX_PHRASE, i); n >= 1; n--) {
            if (phrases.contains(phrase(i - n, n))) {
                return n;
            }
        }
        return 0;
    }

    public boolean isPunctuation(int i) {
        String w = lower.get(i);
        return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0));
    }

    public boolean isCapitalized(CharSequence text, int i) {
        Span s = spans.get(i);
        return Character.isUpperCase(Character.codePointAt(text, s.start()));
    }
}
