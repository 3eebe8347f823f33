package dev.warta.ner;

import dev.warta.model.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Menteri Ketenagakerjaan Yassierli pekan lalu ...": one capitalised word between a capitalised title
 * of two words or more and a lower-case word, in no name yet and no title, place or organization, is a
 * person the tagger did not know, unless the text writes it in lower case elsewhere. A one-word title
 * is too often followed by its portfolio instead ("Direktur Penyidikan pada ...").
 */
final class NamesAfterTitles {
    private static final Pattern SINGLE_NAME = Pattern.compile("\\s+(\\p{Lu}\\p{Ll}{2,})(?=\\s+\\p{Ll}|[,.])");
    private final Titles titles;
    private final NameWords names;

    NamesAfterTitles(Titles titles, NameWords names) {
        this.titles = titles;
        this.names = names;
    }

    void addTo(String text, Affiliations affiliations) {
        Matcher name = SINGLE_NAME.matcher(text);
        for (int p = 0; p < text.length(); p++) {
            boolean wordStart = p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1));
            int end = wordStart && Character.isUpperCase(text.charAt(p)) ? titles.end(text, p, text.length()) : -1;
            if (end > 0 && text.substring(p, end).contains(" ") && name.region(end, text.length()).lookingAt()) {
                Span word = new Span(name.start(1), name.end(1));
                if (isUnknownName(text, word, affiliations)) {
                    affiliations.addPerson(word);
                }
                p = end;
            }
        }
    }

    private boolean isUnknownName(String text, Span word, Affiliations affiliations) {
        String w = word.of(text);
        return !affiliations.named(word) && !titles.startsTitle(text, word.start()) && !names.isHonorific(w)
                && !names.isCalendarWord(w) && !affiliations.isPlace(w) && !affiliations.isOrganization(w)
                && !names.connectors.contains(nextWord(text, word.end()))
                && !Words.occursAsWord(text, w.toLowerCase(Locale.ROOT));
    }

    private static String nextWord(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
