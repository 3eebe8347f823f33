package dev.warta.ner;

import dev.warta.model.Mention;
import dev.warta.model.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Menteri Ketenagakerjaan Yassierli pekan lalu ...": one capitalised word between a capitalised title
 * of two words or more and a lower-case word, in no name yet and no title, place or organization, is a
 * person the tagger did not know, unless the text writes it in lower case elsewhere. A one-word title
 * is too often followed by its portfolio instead ("Direktur Penyidikan pada ..."). Such a word at the end of
 * the place a title heads is the person too ("Bupati Sidoarjo Subandi").
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
                // "Direktur Pemantauan dan Operasi": a word joined to the next by "dan" is a portfolio's
                if (!affiliations.named(word) && !names.connectors.contains(nextWord(text, word.end()))
                        && isUnknownName(text, word, affiliations)) {
                    affiliations.addPerson(word);
                }
            }
            if (end > 0) {
                splitPlaceAndName(text, end, affiliations);
                p = end;
            }
        }
    }

    /**
     * "Bupati Sidoarjo Subandi mengatakan": the place a title heads and one unknown word before a
     * lower-case word, read by the tagger as one place, are the place and the person.
     */
    private void splitPlaceAndName(String text, int titleEnd, Affiliations affiliations) {
        Mention place = affiliations.placeAfter(text, titleEnd);
        String written = place == null ? "" : place.span().of(text);
        int space = written.lastIndexOf(' ');
        if (space < 0 || affiliations.isPlace(written) || !affiliations.isPlace(written.substring(0, space))) {
            return;
        }
        Span word = new Span(place.span().start() + space + 1, place.span().end());
        if (name(text, word) && isUnknownName(text, word, affiliations)) {
            affiliations.splitOff(place, new Span(place.span().start(), place.span().start() + space), word);
        }
    }

    /** One capitalised word before a lower-case word or a comma or period. */
    private static boolean name(String text, Span word) {
        return SINGLE_NAME.matcher(text).region(word.start() - 1, text.length()).lookingAt();
    }

    /** No title, rank, calendar word, place or organization, and never written in lower case. */
    private boolean isUnknownName(String text, Span word, Affiliations affiliations) {
        String w = word.of(text);
        return !titles.startsTitle(text, word.start()) && !names.isHonorific(w) && !names.isCalendarWord(w)
                && !affiliations.isPlace(w) && !affiliations.isOrganization(w)
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
