package dev.warta.ner;

import dev.warta.gazetteer.PlaceNames;
import dev.warta.model.Span;
import dev.warta.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A sentence's tokens with what {@link CapitalizedNameRecognizer} asks of them. */
final class CasedSentence {
    /** Longest word that headline style leaves in lower case ("with", "from"). */
    private static final int MAX_SHORT_WORD = 4;
    final String text;
    final List<Token> tokens;
    final List<String> words;
    private final NameWords names;
    private final PlaceNames places;
    /** Lower-case words a headline leaves in lower case: connectors, locatives, conjunctions. */
    private final Set<String> functionWords;
    private final Set<String> conjunctions;

    CasedSentence(String text, List<Token> tokens, NameWords names, PlaceNames places, Set<String> functionWords,
            Set<String> conjunctions) {
        this.text = text;
        this.tokens = tokens;
        this.words = tokens.stream().map(t -> t.span().of(text)).toList();
        this.names = names;
        this.places = places;
        this.functionWords = functionWords;
        this.conjunctions = conjunctions;
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    /** The word without a possessive ending ("Indonesia's" -> "Indonesia"). */
    String bare(int i) {
        String w = words.get(i);
        return w.substring(0, w.length() - possessiveLength(w));
    }

    /** The first connector inside the run that is no particle of a person's name, or -1. */
    int connectorIn(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (names.connectors.contains(words.get(k)) && !names.particles.contains(words.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** "Indonesia's", "Representatives'": the name ends at the apostrophe. */
    static boolean possessive(String w) {
        return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s")) || w.length() > 1
                && (w.endsWith("s'") || w.endsWith("s\u2019"));
    }

    private static int possessiveLength(String w) {
        return possessive(w) ? (w.endsWith("s") ? 2 : 1) : 0;
    }

    Span span(int from, int to) {
        int end = tokens.get(to).span().end() - possessiveLength(words.get(to));
        return new Span(tokens.get(from).span().start(), end);
    }

    /** A capitalised word that may be part of a name: not "I", a month, or "Jakarta-based". */
    boolean capitalised(int i) {
        String w = words.get(i);
        int hyphen = w.lastIndexOf('-');
        // a place or acronym made an adjective ("Jakarta-based", "US-led"), unlike "Jae-myung"
        boolean adjective = hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(hyphen + 1))
                && (places.contains(w.substring(0, hyphen)) || SpanRepair.isAcronym(w.substring(0, hyphen)));
        // "al-Nuaimi", "el-Tayeb": a particle joined to a capitalised name
        boolean particle = hyphen > 0 && hyphen + 1 < w.length() && names.particles.contains(w.substring(0, hyphen))
                && Character.isUpperCase(w.charAt(hyphen + 1));
        return (Character.isUpperCase(w.charAt(0)) || particle) && w.chars().anyMatch(Character::isLetter)
                && !adjective && !calendar(bare(i)) && !w.equals("I");
    }

    /** A calendar word, or calendar words joined by hyphens ("January-April"). */
    private boolean calendar(String w) {
        for (String part : w.split("-")) {
            if (!names.isCalendarWord(part)) {
                return false;
            }
        }
        return true;
    }

    /** A word that ends or opens the names of organizations or places ("District", "Agency"), no name alone. */
    boolean nameWord(int i) {
        String w = bare(i);
        return names.organizationTails.contains(w) || names.placeTails.contains(w) || names.placeHeads.contains(w)
                || names.organizationHeads.longestAt(words, i) >= 0;
    }

    /** The last token of the run of names that starts at {@code i}, or -1 when no name starts there. */
    int end(int i) {
        if (!capitalised(i)) {
            return -1;
        }
        int j = i;
        while (!possessive(words.get(j))) {
            if (j + 1 < size() && capitalised(j + 1)) {
                j++;
            } else if (j + 2 < size() && joins(i, j + 1) && capitalised(j + 2)) {
                j += 2;
            } else if (j + 3 < size() && joins(i, j + 1) && !conjunctions.contains(words.get(j + 1))
                    && names.determiners.contains(words.get(j + 2))
                    && capitalised(j + 3) && holdsOrganizationWord(i, j)) {
                // "University of the Philippines": an organization's name goes on over "of the"
                j += 3;
            } else {
                int fields = fieldListEnd(i, j);
                if (fields == j) {
                    break;
                }
                j = fields;
            }
        }
        return j;
    }

    /**
     * A connector or a name particle joins names; a conjunction or "&" only inside an organization's name
     * ("Ministry of Trade and Industry", "National Search and Rescue Agency", "Korea Internet & Security Agency").
     */
    private boolean joins(int from, int at) {
        String w = words.get(at);
        boolean ampersand = w.equals("&");
        if (!ampersand && (!names.connectors.contains(w) && !names.particles.contains(w)
                || !Character.isLowerCase(w.charAt(0)))) {
            return false;
        }
        if (!ampersand && !conjunctions.contains(w)) {
            return true;
        }
        if (ampersand && holdsLowerCase(from, at - 1)) {
            // "Ahmad Nizam Abdullah of Nizam & Partners": the "&" joins the firm's name, not the person to it
            return false;
        }
        int last = at + 1;
        while (last + 1 < size() && capitalised(last + 1) && !possessive(words.get(last))) {
            last++;
        }
        return holdsOrganizationWord(from, last);
    }

    /** The last token of a title that starts at token {@code k} and ends by token {@code to}, or -1. */
    int titleLast(Titles titles, int k, int to) {
        int end = titles.end(text, tokens.get(k).span().start(), tokens.get(to).span().end());
        if (end < 0) {
            return -1;
        }
        int last = k;
        while (last + 1 <= to && tokens.get(last + 1).span().end() <= end) {
            last++;
        }
        return last;
    }

    /** A title ends right before token {@code i}: "head" of "BNPB head Suharyanto". */
    boolean titleEndsAt(Titles titles, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (titles.end(text, tokens.get(k).span().start(), tokens.get(i - 1).span().end())
                    == tokens.get(i - 1).span().end()) {
                return true;
            }
        }
        return false;
    }

    /** A title starts at token {@code i}. */
    boolean titleStartsAt(Titles titles, int i) {
        return i < size() && titles.end(text, tokens.get(i).span().start(), text.length()) > 0;
    }

    /** Only punctuation precedes token {@code i} in its sentence, or an opening quote right before it. */
    boolean opensSentence(int i) {
        for (int k = i - 1; k >= 0; k--) {
            String w = words.get(k);
            if (w.equals("\"") || w.equals("\u201c")) {
                return true;
            }
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Capitalised words only, none of which the text also writes in lower case: "Energy Materials" or
     * "Single Submission" are words of a name that is no person's.
     */
    boolean personLike(int from, int to) {
        if (places.contains(bare(to))) {
            // "KOTRA Jakarta": a branch of something at a place
            return false;
        }
        boolean allCommon = true;
        for (int k = from; k <= to; k++) {
            String w = bare(k);
            if (names.particles.contains(w)) {
                continue;
            }
            if (!capitalised(k) || SpanRepair.isAcronym(w) || Words.occursAsWord(text, w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            allCommon &= names.isCommonWord(w);
        }
        // "Mining Law", "World Cup": every word one the language writes in lower case names a thing, not a person
        return !allCommon;
    }

    /** Four or more words, every one capitalised but the connectors and function words: a headline. */
    boolean titleCase() {
        int alphabetic = 0;
        int commonCapitals = 0;
        boolean onlyFunctionWordsLower = true;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            alphabetic++;
            if (Character.isLowerCase(w.charAt(0))) {
                if (w.length() > MAX_SHORT_WORD && !names.connectors.contains(w) && !functionWords.contains(w)) {
                    return false;
                }
                onlyFunctionWordsLower &= names.connectors.contains(w) || functionWords.contains(w);
            } else if (i > 0 && names.isCommonWord(w)) {
                commonCapitals++;
            }
        }
        // short words ("as", "to", "on") stay lower case in headline style; capitalised common words show the style
        return alphabetic >= 4 && (onlyFunctionWordsLower || commonCapitals >= 2);
    }

    /**
     * The end of a list of fields that goes on an organization's name "X of Y" ("Ministry of Culture, Sports
     * and Tourism": ", Sports and Tourism"), or {@code j} when none follows token {@code j}.
     */
    private int fieldListEnd(int i, int j) {
        if (j + 4 >= size() || !words.get(j + 1).equals(",") || !capitalised(j + 2) || !holdsLowerCase(i, j)
                || !holdsOrganizationWord(i, j)) {
            return j;
        }
        int k = j + 2;
        while (k < size() && capitalised(k)) {
            k++;
        }
        return k + 1 < size() && conjunctions.contains(words.get(k)) && capitalised(k + 1) ? k + 1 : j;
    }

    /** Some token from {@code from} to {@code to} is a common word of the language ("Marine", "Supplies"). */
    boolean holdsCommonWord(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (names.isCommonWord(bare(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsLowerCase(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (Character.isLowerCase(words.get(k).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The run holds a word that makes it an organization's name ("Election Commission", "Ministry of ..."). */
    boolean holdsOrganizationWord(int from, int to) {
        if (names.organizationTails.contains(bare(to))) {
            return true;
        }
        for (int k = from; k <= to; k++) {
            boolean head = names.organizationHeads.longestAt(words, k) >= 0
                    || names.organizationTails.contains(word(k)) && k < to && names.connectors.contains(word(k + 1));
            if (head && k < to || names.metonyms.longestAt(words, k) >= 0) {
                return true;
            }
        }
        return false;
    }
}
