package dev.warta.ner;

import dev.warta.model.Span;

/** Word lookups in a text. */
final class Words {
    private Words() {
    }

    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The text holds {@code word} between non-letters, as written. */
    static boolean occursAsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (isWordAt(text, new Span(at, at + word.length()))) {
                return true;
            }
        }
        return false;
    }

    /** No letter or digit touches the span on either side. */
    static boolean isWordAt(String text, Span s) {
        return (s.start() == 0 || !Character.isLetterOrDigit(text.charAt(s.start() - 1)))
                && (s.end() == text.length() || !Character.isLetterOrDigit(text.charAt(s.end())));
    }
}
