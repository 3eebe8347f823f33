package dev.warta.ner;

import dev.warta.gazetteer.PlaceNames;
import dev.warta.lang.Language;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names as runs of capitalised words, for a cased language without a trained tagger (English). The words
 * of a run may be joined by the language's name connectors ("Ministry of Foreign Affairs"); a possessive
 * ends a name ("Indonesia's"); a title or honorific inside a run ends what comes before it and makes what
 * follows a person ("Foreign Minister Retno Marsudi", "Mr. Tan"); a sentence's first word that the text also
 * writes in lower case is a common word ("The"). A run is a place when the gazetteer knows it, an
 * organization when it holds an organization word ("Election Commission", "Ministry of ...") or is an
 * outlet or an acronym, and a person when a title introduces it or it is two to four name words. A
 * sentence written in title case (a headline) names too much to tell names from words, and is left alone.
 */
public final class CapitalizedNameRecognizer implements EntityRecognizer {
    private static final int MAX_PERSON_WORDS = 4;
    private final NameWords names;
    private final Titles titles;
    private final PlaceNames places;
    private final Set<String> outlets = new HashSet<>();
    private final Set<String> placeNames = new HashSet<>();
    private final Set<String> locatives = new HashSet<>();
    private final Set<String> conjunctions = new HashSet<>();

    public CapitalizedNameRecognizer(List<Language> languages, PlaceNames places) {
        this.names = new NameWords(languages);
        this.titles = new Titles(languages);
        this.places = places;
        languages.forEach(l -> outlets.addAll(l.outletNames()));
        languages.forEach(l -> placeNames.addAll(l.placeNames().keySet()));
        languages.forEach(l -> locatives.addAll(l.clauses().locatives()));
        languages.forEach(l -> conjunctions.addAll(l.clauses().conjunctions()));
    }

    @Override
    public List<Mention> mentions(String text, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Run run = new Run(text, s.tokens());
            if (run.titleCase()) {
                continue;
            }
            for (int i = 0; i < run.size(); ) {
                int end = run.end(i);
                if (end < 0) {
                    i++;
                } else {
                    split(run, i, end, out);
                    i = end + 1;
                }
            }
        }
        return out;
    }

    /** Cuts a run at its first title or honorific: before it a name of any type, after it a person's. */
    private void split(Run run, int from, int to, List<Mention> out) {
        int first = from;
        if (run.opensSentence(first) && Words.occursAsWord(run.text, run.bare(first).toLowerCase(Locale.ROOT))) {
            first++;
        }
        for (int k = first; k <= to; k++) {
            int titleLast = names.isHonorific(run.word(k)) ? k : run.titleLast(titles, k, to);
            if (titleLast >= 0) {
                add(run, first, k - 1, Cue.BEFORE_TITLE, out);
                int name = titleLast + 1;
                if (name <= to && !names.connectors.contains(run.word(name))) {
                    add(run, name, to, Cue.AFTER_TITLE, out);
                }
                return;
            }
        }
        // "BNPB head Suharyanto", "Perludem researcher Fadli": a title in lower case between two runs
        Cue cue = run.titleEndsAt(titles, first) ? Cue.AFTER_TITLE
                : run.titleStartsAt(titles, to + 1) ? Cue.BEFORE_TITLE : Cue.NONE;
        add(run, first, to, cue, out);
    }

    /** What the words around a run say of it: a title follows it, or it follows one. */
    private enum Cue { NONE, BEFORE_TITLE, AFTER_TITLE }

    private void add(Run run, int from, int to, Cue cue, List<Mention> out) {
        while (from <= to && names.connectors.contains(run.word(from).toLowerCase(Locale.ROOT))
                && !outlets.contains(run.span(from, to).of(run.text).toLowerCase(Locale.ROOT))) {
            // "of ...", or "The" before a name that is not an outlet's ("The Jakarta Post")
            from++;
        }
        if (from <= to && isPlace(run.span(from, to).of(run.text))) {
            out.add(new Mention(run.span(from, to), EntityType.LOCATION));
            return;
        }
        int demonym = from <= to ? names.demonyms.longestAt(run.words, from) : -1;
        if (demonym >= 0 && (demonym >= to || !holdsOrganizationWord(run, demonym + 1, to))) {
            // "Indonesian officials", "South Korean President": an adjective, unless it opens "Indonesian Navy"
            from = demonym + 1;
        }
        if (from > to) {
            return;
        }
        EntityType type = type(run, from, to, cue);
        if (type != null) {
            out.add(new Mention(run.span(from, to), type));
            return;
        }
        int connector = run.connectorIn(from, to);
        if (connector > 0) {
            // "Lawyers for Mohd Faizal bin Ismail": no one name, but names on either side of the connector
            add(run, from, connector - 1, cue == Cue.AFTER_TITLE ? cue : Cue.NONE, out);
            add(run, connector + 1, to, cue == Cue.BEFORE_TITLE ? cue : Cue.NONE, out);
        } else if (from < to && SpanRepair.isAcronym(run.word(from)) && isPlace(run.span(from + 1, to).of(run.text))) {
            // "KOTRA Jakarta": an organization's branch at a place
            out.add(new Mention(run.span(from, from), EntityType.ORGANIZATION));
            out.add(new Mention(run.span(from + 1, to), EntityType.LOCATION));
        }
    }

    private EntityType type(Run run, int from, int to, Cue cue) {
        String name = run.span(from, to).of(run.text);
        if (isPlace(name) || from < to && (names.placeTails.contains(run.bare(to))
                || names.placeHeads.contains(run.word(from)) && !holdsOrganizationWord(run, from, to))
                || from == to && from > 0 && locatives.contains(run.word(from - 1)) && !SpanRepair.isAcronym(name)) {
            // "Arafura Sea", "West Halmahera", "in Pahang"
            return EntityType.LOCATION;
        }
        if (from == to && (names.organizationTails.contains(name) || names.organizationHeads.longestAt(run.words, from)
                >= 0)) {
            // "the Ministry said": a bare organization word refers back to a name, it is none
            return null;
        }
        if (outlets.contains(name.toLowerCase(Locale.ROOT)) || holdsOrganizationWord(run, from, to)
                || from == to && SpanRepair.isAcronym(name)) {
            return EntityType.ORGANIZATION;
        }
        int words = to - from + 1;
        if (cue == Cue.AFTER_TITLE && words <= MAX_PERSON_WORDS
                || words >= 2 && words <= MAX_PERSON_WORDS && run.personLike(from, to)) {
            return EntityType.PERSON;
        }
        if (cue == Cue.BEFORE_TITLE && words == 1 && !names.demonyms.contains(run.words, from)) {
            // the one word a title belongs to: a person's ("Faizal's lawyer") or an organization's
            return Run.possessive(run.word(to)) ? EntityType.PERSON : EntityType.ORGANIZATION;
        }
        return null;
    }

    /** The gazetteer or a language's table knows the name; a short acronym ("OSS") only from the tables. */
    private boolean isPlace(String name) {
        boolean shortAcronym = name.length() <= 3 && SpanRepair.isAcronym(name);
        return places.contains(name) && !shortAcronym || placeNames.contains(name.toLowerCase(Locale.ROOT));
    }

    private boolean holdsOrganizationWord(Run run, int from, int to) {
        if (names.organizationTails.contains(run.bare(to))) {
            return true;
        }
        for (int k = from; k <= to; k++) {
            boolean head = names.organizationHeads.longestAt(run.words, k) >= 0
                    || names.organizationTails.contains(run.word(k)) && k < to && names.connectors.contains(run.word(k + 1));
            if (head && k < to || names.metonyms.longestAt(run.words, k) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A sentence's tokens with what the recognizer asks of them. */
    private final class Run {
        final String text;
        final List<Token> tokens;
        final List<String> words;

        Run(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
            this.words = tokens.stream().map(t -> t.span().of(text)).toList();
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
            return Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLetter) && !adjective
                    && !names.isCalendarWord(bare(i)) && !w.equals("I");
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
                } else {
                    break;
                }
            }
            return j;
        }

        /**
         * A connector or a name particle joins names; a conjunction only inside an organization's name
         * ("Ministry of Trade and Industry", "National Search and Rescue Agency").
         */
        private boolean joins(int from, int at) {
            String w = words.get(at);
            if (!names.connectors.contains(w) && !names.particles.contains(w) || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            if (!conjunctions.contains(w)) {
                return true;
            }
            int last = at + 1;
            while (last + 1 < size() && capitalised(last + 1) && !possessive(words.get(last))) {
                last++;
            }
            return holdsOrganizationWord(this, from, last);
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
            for (int k = from; k <= to; k++) {
                String w = bare(k);
                if (names.particles.contains(w)) {
                    continue;
                }
                if (!capitalised(k) || SpanRepair.isAcronym(w) || Words.occursAsWord(text, w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }

        /** Four or more words, every one capitalised but the connectors and locatives: a headline. */
        boolean titleCase() {
            int alphabetic = 0;
            for (String w : words) {
                if (Character.isLetter(w.charAt(0))) {
                    alphabetic++;
                    if (Character.isLowerCase(w.charAt(0)) && !names.connectors.contains(w) && !locatives.contains(w)
                            && !conjunctions.contains(w)) {
                        return false;
                    }
                }
            }
            return alphabetic >= 4;
        }
    }
}
