package dev.warta.ner;

import dev.warta.gazetteer.PlaceNames;
import dev.warta.lang.Language;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
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
    /** Characters between two names in a list: " and ", ", ". */
    private static final int MAX_JOINER = 6;
    private final NameWords names;
    private final Titles titles;
    private final PlaceNames places;
    private final Set<String> outlets = new HashSet<>();
    private final Set<String> placeNames = new HashSet<>();
    private final Set<String> locatives = new HashSet<>();
    private final Set<String> conjunctions = new HashSet<>();
    private final Set<String> functionWords = new HashSet<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private final Set<String> affiliations = new HashSet<>();

    public CapitalizedNameRecognizer(List<Language> languages, PlaceNames places) {
        this(languages, places, NameLexicon.of(languages));
    }

    public CapitalizedNameRecognizer(List<Language> languages, PlaceNames places, NameLexicon lexicon) {
        this.names = lexicon.words;
        this.titles = lexicon.titles;
        this.places = places;
        languages.forEach(l -> outlets.addAll(l.outletNames()));
        languages.forEach(l -> placeNames.addAll(l.placeNames().keySet()));
        languages.forEach(l -> locatives.addAll(l.clauses().locatives()));
        languages.forEach(l -> conjunctions.addAll(l.clauses().conjunctions()));
        functionWords.addAll(locatives);
        functionWords.addAll(conjunctions);
        languages.forEach(l -> speechVerbs.addAll(l.speech().after()));
        languages.forEach(l -> speechVerbs.addAll(l.speech().before()));
        languages.forEach(l -> affiliations.addAll(l.speech().affiliations()));
    }

    /** Names found so far: those typed for sure, and pairs of name words that only the document can confirm. */
    private record Found(List<Mention> sure, List<Mention> tentative) {
    }

    @Override
    public List<Mention> mentions(String text, List<Sentence> sentences) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>());
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
                    split(run, i, end, found);
                    i = end + 1;
                }
            }
        }
        return confirmed(text, found);
    }

    /**
     * The sure names, and the tentative persons that share their last word with a sure person ("Daniel
     * Whitcombe" after "chief executive Daniel Whitcombe"): a pair of name words that nothing in the text
     * treats as a person ("Oyu Tolgoi mine", "Kali Gandaki valley") is left out.
     */
    private List<Mention> confirmed(String text, Found found) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : found.sure()) {
            if (m.type() == EntityType.PERSON) {
                surnames.add(lastWord(m.span().of(text)));
            }
        }
        List<Mention> out = new ArrayList<>(found.sure());
        for (Mention m : found.tentative()) {
            if (surnames.contains(lastWord(m.span().of(text))) || joinedToPerson(text, m, found.sure())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /** "Lee Chong Hui and Siti Aishah": a pair of names joined to a sure person by "and" or "," is one too. */
    private boolean joinedToPerson(String text, Mention m, List<Mention> sure) {
        for (Mention p : sure) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            String between = p.span().end() <= m.span().start() ? text.substring(p.span().end(), m.span().start())
                    : m.span().end() <= p.span().start() ? text.substring(m.span().end(), p.span().start()) : null;
            if (between != null && between.length() <= MAX_JOINER && names.listJoiners.contains(between.strip())) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Cuts a run at its first title or honorific: before it a name of any type, after it a person's. */
    private void split(CasedSentence run, int from, int to, Found out) {
        int first = from;
        if (run.opensSentence(first) && titleLast(run, first, to) < 0
                && (Words.occursAsWord(run.text, run.bare(first).toLowerCase(Locale.ROOT))
                || from == to && names.isCommonWord(run.bare(first)) && !isPlace(run.bare(first)))) {
            // "Asked about ...", "Mining firm fined ...": a capital that only opens the sentence, unless a title
            // begins there ("Chief Executive Daniel Whitcombe")
            first++;
        }
        // "Reconnaissance General Bureau": inside a name that ends as an organization's, a rank is a word of it
        boolean organization = names.organizationTails.contains(run.bare(to));
        for (int k = first; k <= to; k++) {
            int titleLast = organization && k > first ? -1 : titleLast(run, k, to);
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

    private void add(CasedSentence run, int from, int to, Cue cue, Found out) {
        while (from <= to && names.connectors.contains(run.word(from).toLowerCase(Locale.ROOT))
                && !outlets.contains(run.span(from, to).of(run.text).toLowerCase(Locale.ROOT))) {
            // "of ...", or "The" before a name that is not an outlet's ("The Jakarta Post")
            from++;
        }
        if (from <= to && isPlace(run.span(from, to).of(run.text))) {
            out.sure().add(new Mention(run.span(from, to), EntityType.LOCATION));
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
            Mention m = new Mention(run.span(from, to), type);
            boolean tentative = type == EntityType.PERSON && cue == Cue.NONE && !treatedAsPerson(run, from, to);
            (tentative ? out.tentative() : out.sure()).add(m);
            return;
        }
        int connector = run.connectorIn(from, to);
        if (connector > 0) {
            // "Lawyers for Mohd Faizal bin Ismail": no one name, but names on either side of the connector
            add(run, from, connector - 1, cue == Cue.AFTER_TITLE ? cue : Cue.NONE, out);
            add(run, connector + 1, to, cue == Cue.BEFORE_TITLE ? cue : Cue.NONE, out);
        } else if (from < to && SpanRepair.isAcronym(run.word(from)) && isPlace(run.span(from + 1, to).of(run.text))) {
            // "KOTRA Jakarta": an organization's branch at a place
            out.sure().add(new Mention(run.span(from, from), EntityType.ORGANIZATION));
            out.sure().add(new Mention(run.span(from + 1, to), EntityType.LOCATION));
        }
    }

    /**
     * The words around a pair of name words treat it as a person: a speech verb next to it ("Sarah Lim said",
     * "said Sarah Lim"), an affiliation after it ("Sarah Lim of the university"), an apposition ("Sarah Lim, a
     * toxicologist", "Sarah Lim, 45,", "Sarah Lim, head of", "Sarah Lim, Northbridge's chief executive"),
     * or a title that ends before it with a comma ("the company's chief executive, Daniel Whitcombe").
     */
    private boolean treatedAsPerson(CasedSentence run, int from, int to) {
        if (to + 1 < run.size()) {
            String next = run.word(to + 1).toLowerCase(Locale.ROOT);
            if (speechVerbs.contains(next) || affiliations.contains(next)) {
                return true;
            }
            if (next.equals(",") && to + 2 < run.size()) {
                String after = run.word(to + 2).toLowerCase(Locale.ROOT);
                if (names.determiners.contains(after) || Character.isDigit(after.charAt(0))
                        || run.titleStartsAt(titles, to + 2)
                        || CasedSentence.possessive(run.word(to + 2)) && run.titleStartsAt(titles, to + 3)) {
                    return true;
                }
            }
        }
        return from >= 1 && speechVerbs.contains(run.word(from - 1).toLowerCase(Locale.ROOT))
                || from >= 2 && run.word(from - 1).equals(",") && run.titleEndsAt(titles, from - 1);
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
        if (cue != Cue.AFTER_TITLE && from > 0 && locatives.contains(run.word(from - 1))
                && !CasedSentence.possessive(run.word(to)) && !SpanRepair.isAcronym(name) && !run.holdsCommonWord(from, to)) {
            // "in Phu Quoc", "at Mai Po": a name of no common words where the text puts a place is a place;
            // "at Seaward Marine Engineering" is a firm
            return EntityType.LOCATION;
        }
        if (cue == Cue.AFTER_TITLE && words <= MAX_PERSON_WORDS
                || words >= 2 && words <= MAX_PERSON_WORDS && run.personLike(from, to)) {
            return EntityType.PERSON;
        }
        if (cue == Cue.BEFORE_TITLE && words == 1 && !names.demonyms.contains(run.words, from) && !run.nameWord(from)
                && !names.isCommonWord(run.bare(from))) {
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
