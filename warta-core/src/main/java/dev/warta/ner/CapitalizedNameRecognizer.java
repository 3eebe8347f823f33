package dev.warta.ner;

import dev.warta.gazetteer.PlaceNames;
import dev.warta.lang.Language;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Sentence;
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
    private final Set<String> functionWords = new HashSet<>();

    public CapitalizedNameRecognizer(List<Language> languages, PlaceNames places) {
        this.names = new NameWords(languages);
        this.titles = new Titles(languages);
        this.places = places;
        languages.forEach(l -> outlets.addAll(l.outletNames()));
        languages.forEach(l -> placeNames.addAll(l.placeNames().keySet()));
        languages.forEach(l -> locatives.addAll(l.clauses().locatives()));
        languages.forEach(l -> conjunctions.addAll(l.clauses().conjunctions()));
        functionWords.addAll(locatives);
        functionWords.addAll(conjunctions);
    }

    @Override
    public List<Mention> mentions(String text, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            CasedSentence run = new CasedSentence(text, s.tokens(), names, places, functionWords, conjunctions);
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
    private void split(CasedSentence run, int from, int to, List<Mention> out) {
        int first = from;
        if (run.opensSentence(first) && (Words.occursAsWord(run.text, run.bare(first).toLowerCase(Locale.ROOT))
                || from == to && names.isCommonWord(run.bare(first)) && !isPlace(run.bare(first)))) {
            // "Asked about ...", "Mining firm fined ...": a capital that only opens the sentence
            first++;
        }
        for (int k = first; k <= to; k++) {
            int titleLast = titleLast(run, k, to);
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

    /** The last token of the titles and honorifics from token {@code k} ("Lieutenant General"), or -1. */
    private int titleLast(CasedSentence run, int k, int to) {
        int last = -1;
        for (int i = k; i <= to; ) {
            int end = names.isHonorific(run.word(i)) ? i : run.titleLast(titles, i, to);
            if (end < 0) {
                break;
            }
            last = end;
            i = end + 1;
        }
        return last;
    }

    /** What the words around a run say of it: a title follows it, or it follows one. */
    private enum Cue { NONE, BEFORE_TITLE, AFTER_TITLE }

    private void add(CasedSentence run, int from, int to, Cue cue, List<Mention> out) {
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
        if (demonym >= 0 && (demonym >= to || !run.holdsOrganizationWord(demonym + 1, to))) {
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

    private EntityType type(CasedSentence run, int from, int to, Cue cue) {
        String name = run.span(from, to).of(run.text);
        if (isPlace(name) || from < to && (names.placeTails.contains(run.bare(to))
                || names.placeHeads.contains(run.word(from)) && !run.holdsOrganizationWord(from, to))
                || from == to && from > 0 && locatives.contains(run.word(from - 1)) && !SpanRepair.isAcronym(name)
                && !run.nameWord(from)) {
            // "Arafura Sea", "West Halmahera", "in Pahang"
            return EntityType.LOCATION;
        }
        if (from == to && (names.organizationTails.contains(name) || names.organizationHeads.longestAt(run.words, from)
                >= 0)) {
            // "the Ministry said": a bare organization word refers back to a name, it is none
            return null;
        }
        if (outlets.contains(name.toLowerCase(Locale.ROOT)) || run.holdsOrganizationWord(from, to)
                || from == to && SpanRepair.isAcronym(name)) {
            return EntityType.ORGANIZATION;
        }
        int words = to - from + 1;
        if (cue == Cue.AFTER_TITLE && words <= MAX_PERSON_WORDS
                || words >= 2 && words <= MAX_PERSON_WORDS && run.personLike(from, to)) {
            return EntityType.PERSON;
        }
        if (cue == Cue.BEFORE_TITLE && words == 1 && !names.demonyms.contains(run.words, from) && !run.nameWord(from)) {
            // the one word a title belongs to: a person's ("Faizal's lawyer") or an organization's
            return CasedSentence.possessive(run.word(to)) ? EntityType.PERSON : EntityType.ORGANIZATION;
        }
        return null;
    }

    /** The gazetteer or a language's table knows the name; a short acronym ("OSS") only from the tables. */
    private boolean isPlace(String name) {
        boolean shortAcronym = name.length() <= 3 && SpanRepair.isAcronym(name);
        return places.contains(name) && !shortAcronym || placeNames.contains(name.toLowerCase(Locale.ROOT));
    }

}
