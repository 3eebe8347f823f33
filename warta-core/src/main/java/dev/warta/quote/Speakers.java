package dev.warta.quote;

import dev.warta.lang.SpeechWords;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Role;
import dev.warta.model.Span;
import dev.warta.text.Mentions;
import dev.warta.text.Words;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the speaker a speech verb attributes to: a named entity next to it, a pronoun or "-nya" pointing
 * back to the last person named, a bare role ("juru bicara itu") pointing back to the last person holding
 * it, or, where no entity was recognised, the capitalised name next to the verb.
 */
final class Speakers {
    private static final Set<EntityType> SPEAKERS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    private static final Set<EntityType> PERSONS = Set.of(EntityType.PERSON);
    /** Words an apposition or a time and place phrase may put between a subject and its verb. */
    private static final int MAX_SUBJECT_GAP = 12;
    /** Lower-case words (time, manner) that may stand between a bare name and its verb. */
    private static final int MAX_ADVERB_GAP = 3;
    /** Words of a role phrase standing for a speaker ("juru bicara kelompok bersenjata itu"). */
    private static final int MAX_ROLE_WORDS = 6;
    /** Words between an affiliation word and its organization ("of the Jakarta-based Centre"). */
    private static final int MAX_AFFILIATION_GAP = 4;
    private final String text;
    private final Mentions mentions;
    private final SpeechWords words;
    private final Set<String> roleTitles;
    private final Set<String> titleWords;
    private final List<Span> marks;

    Speakers(String text, Mentions mentions, SpeechWords words, Set<String> roleTitles, List<Span> marks) {
        this.text = text;
        this.mentions = mentions;
        this.words = words;
        this.roleTitles = roleTitles;
        this.titleWords = roleTitles.stream().flatMap(t -> Arrays.stream(t.split(" "))).collect(Collectors.toSet());
        this.marks = marks;
    }

    /** The subject of the verb at word {@code verb}: the nearest speaker before it in the sentence. */
    Speaker subject(Words w, int verb) {
        int verbStart = w.span(verb).start();
        for (int i = verb - 1; i >= 0 && verb - i <= MAX_SUBJECT_GAP; i--) {
            int start = w.span(i).start();
            if (QuoteMarks.inside(marks, start) || w.phraseAt(i, words.before()) > 0 && i < verb - 1) {
                break;
            }
            Mentions.Located m = mentions.startingAt(start);
            boolean adjacent = i == verb - 1;
            if (m != null && m.end() <= verbStart && (SPEAKERS.contains(m.entity().type()) || adjacent)) {
                Speaker member = m.entity().type() == EntityType.ORGANIZATION ? memberBefore(w, i) : null;
                return member != null ? member : new Speaker(m.entity().id(), m.mention().span());
            }
            if (words.pronouns().contains(w.word(i)) && (i == 0 || w.isPunctuation(i - 1))) {
                return pronoun(w.span(i), w.word(i));
            }
            Speaker role = roleBefore(w, i + 1);
            if (role != null && i + 1 < verb) {
                return role;
            }
        }
        return capitalisedRunEndingAt(w, verb);
    }

    /**
     * The person tied by an affiliation word to the organization at word {@code org}, who is the subject
     * rather than the organization ("Analyst X of the Jakarta-based Centre ... said", "X dari LIPI mengatakan").
     */
    private Speaker memberBefore(Words w, int org) {
        for (int j = org - 1; j > 0 && org - j <= MAX_AFFILIATION_GAP; j--) {
            if (words.affiliations().contains(w.word(j))) {
                Mentions.Located p = mentions.lastBefore(w.span(j).start(), PERSONS, o -> false);
                return p != null && p.end() == w.span(j - 1).end() ? new Speaker(p.entity().id(), p.mention().span()) : null;
            }
            if (w.isPunctuation(j) && !w.word(j).equals("-")) {
                return null;
            }
        }
        return null;
    }

    /** The speaker named right after word {@code at} ("kata Sugiono", "said the minister"). */
    Speaker after(Words w, int at) {
        if (at >= w.size()) {
            return null;
        }
        if (words.pronouns().contains(w.word(at))) {
            return pronoun(w.span(at), w.word(at));
        }
        int start = w.span(at).start();
        int limit = w.span(Math.min(w.size() - 1, at + MAX_SUBJECT_GAP)).end();
        // "kata Ketua MK Suhartoyo": the person, not the institution in the title
        Mentions.Located m = mentions.within(start, limit, PERSONS).stream().findFirst()
                .or(() -> mentions.within(start, limit, SPEAKERS).stream().findFirst()).orElse(null);
        if (m != null) {
            return new Speaker(m.entity().id(), m.mention().span());
        }
        Speaker role = roleAt(w, at);
        return role != null ? role : capitalisedRunStartingAt(w, at);
    }

    /** The person a pronoun at {@code span} stands for: the last one named before it outside quotes. */
    Speaker pronoun(Span span, String pronoun) {
        Set<EntityType> types = pronoun.equals("mereka") || pronoun.equals("they") || pronoun.equals("pihaknya")
                ? SPEAKERS : PERSONS;
        Mentions.Located m = mentions.lastBefore(span.start(), types, o -> QuoteMarks.inside(marks, o));
        return new Speaker(m == null ? null : m.entity().id(), span);
    }

    /** Whether a speaker text is a pronoun or a verb carrying one ("he", "katanya"). */
    boolean isPronoun(String speaker) {
        String lower = speaker.toLowerCase(Locale.ROOT);
        return words.pronouns().contains(lower) || carriesPronoun(lower) && !lower.contains(" ");
    }

    /** Whether word {@code i} is a speech verb carrying its pronoun ("katanya", "ujarnya"). */
    boolean carriesPronoun(String word) {
        for (String suffix : words.pronounSuffixes()) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A role at word {@code at}: a title with a demonstrative ("juru bicara itu", "the minister") points
     * back to the last person holding it; a bare title phrase ("juru bicara kelompok itu") is the speaker
     * as the text names them.
     */
    private Speaker roleAt(Words w, int at) {
        for (int end = Math.min(w.size(), at + MAX_ROLE_WORDS); end > at; end--) {
            String title = stripDemonstrative(String.join(" ", w.all().subList(at, end)));
            if (title != null && roleTitles.contains(title)) {
                return holderOf(title, new Span(w.span(at).start(), w.span(end - 1).end()));
            }
        }
        for (int end = Math.min(w.size(), at + MAX_ROLE_WORDS); end > at; end--) {
            if (roleTitles.contains(String.join(" ", w.all().subList(at, end)))) {
                int last = end;
                while (last < w.size() && last - at < MAX_ROLE_WORDS && !w.isPunctuation(last)) {
                    last++;
                }
                return new Speaker(null, new Span(w.span(at).start(), w.span(last - 1).end()));
            }
        }
        return null;
    }

    private Speaker roleBefore(Words w, int end) {
        for (int start = Math.max(0, end - 5); start < end; start++) {
            String title = stripDemonstrative(String.join(" ", w.all().subList(start, end)));
            if (title != null && roleTitles.contains(title)) {
                return holderOf(title, new Span(w.span(start).start(), w.span(end - 1).end()));
            }
        }
        return null;
    }

    private String stripDemonstrative(String phrase) {
        for (String d : words.demonstratives()) {
            if (phrase.endsWith(" " + d)) {
                return phrase.substring(0, phrase.length() - d.length() - 1);
            }
            if (phrase.startsWith(d + " ")) {
                return phrase.substring(d.length() + 1);
            }
        }
        return null;
    }

    private Speaker holderOf(String title, Span span) {
        Mentions.Located m = mentions.lastBefore(span.start(), PERSONS, o -> QuoteMarks.inside(marks, o));
        for (Mentions.Located cur = m; cur != null;
             cur = mentions.lastBefore(cur.start(), PERSONS, o -> QuoteMarks.inside(marks, o))) {
            if (holds(cur.entity(), title)) {
                return new Speaker(cur.entity().id(), span);
            }
        }
        return new Speaker(null, span);
    }

    private static boolean holds(Entity person, String title) {
        for (Role r : person.roles()) {
            if (r.title().toLowerCase(Locale.ROOT).contains(title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where no entity was recognised (a name the tagger missed, a language without a tagger), the
     * capitalised words next to the verb name the speaker, after the last title word ("Defence Minister
     * Richard Marles" -> "Richard Marles"); a few lower-case words may stand between ("Yassierli pekan lalu
     * menyatakan").
     */
    private Speaker capitalisedRunEndingAt(Words w, int verb) {
        int end = verb;
        while (end > 0 && verb - end < MAX_ADVERB_GAP && !w.isPunctuation(end - 1) && !w.isCapitalized(text, end - 1)) {
            end--;
        }
        int start = end;
        while (start > 0 && w.isCapitalized(text, start - 1) && !w.isPunctuation(start - 1)) {
            start--;
        }
        return name(w, start, end);
    }

    private Speaker capitalisedRunStartingAt(Words w, int at) {
        int end = at;
        while (end < w.size() && w.isCapitalized(text, end) && !w.isPunctuation(end)) {
            end++;
        }
        return name(w, at, end);
    }

    private Speaker name(Words w, int start, int end) {
        int from = start;
        for (int i = start; i < end - 1; i++) {
            if (titleWords.contains(w.word(i))) {
                from = i + 1;
            }
        }
        if (from >= end || end - from == 1 && words.demonstratives().contains(w.word(from).toLowerCase(Locale.ROOT))) {
            // "The central bank said": a lone capitalised article names no one
            return null;
        }
        return new Speaker(null, new Span(w.span(from).start(), w.span(end - 1).end()));
    }
}
