package dev.warta.quote;

import dev.warta.lang.Language;
import dev.warta.lang.SpeechWords;
import dev.warta.model.Entity;
import dev.warta.model.Quote;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.text.Mentions;
import dev.warta.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Quotes by the shapes news writing gives them. Direct: text in quotation marks with a speech verb
 * after it ({@code "...," kata X}, {@code "...," ujarnya}, {@code "...," X said}) or before it
 * ({@code X mengatakan, "..."}); a quote paragraph with no verb continues the quote just before it.
 * Reported: {@code X menegaskan (bahwa) ...}, {@code Menurut X, ...}, {@code ..., kata X}.
 */
public final class RuleQuoteFinder implements QuoteFinder {
    /** Reported content shorter than this is a verb's object, not something said ("mengakui kesalahan"). */
    private static final int MIN_CONTENT_WORDS = 3;
    /** Words between a closing quote and its verb ("...," ministry spokesperson Yudistira Halim said). */
    private static final int SPEAKER_REACH = 8;

    @Override
    public List<Quote> find(String text, List<Sentence> sentences, List<Entity> entities, Language language) {
        SpeechWords words = language.speech();
        List<Span> marks = QuoteMarks.find(text);
        Speakers speakers = new Speakers(text, new Mentions(entities), words, language.roleTitles().keySet(), marks);
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        for (Span quoted : marks) {
            Quote q = direct(text, sentences, quoted, words, speakers, previous);
            if (q != null) {
                out.add(q);
                previous = q;
            }
        }
        List<Span> attributions = out.stream().map(Quote::evidence).toList();
        for (Sentence s : sentences) {
            Quote q = reported(text, new Words(text, s), words, speakers, marks, attributions);
            if (q != null) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparing(Quote::content));
        return resolvePronouns(text, out, speakers);
    }

    /** A pronoun speaker no entity resolved ("he said" without a tagger) is the speaker of the quote before. */
    private static List<Quote> resolvePronouns(String text, List<Quote> quotes, Speakers speakers) {
        List<Quote> out = new ArrayList<>();
        Quote named = null;
        for (Quote q : quotes) {
            boolean unresolved = q.speakerEntityId() == null && speakers.isPronoun(q.speaker().of(text));
            if (unresolved && named != null) {
                q = new Quote(named.speakerEntityId(), named.speaker(), q.verb(), q.content(), q.direct(), q.evidence());
            } else if (!unresolved) {
                named = q;
            }
            out.add(q);
        }
        return out;
    }

    private static Quote direct(String text, List<Sentence> sentences, Span quoted, SpeechWords words,
                                Speakers speakers, Quote previous) {
        Sentence closing = containing(sentences, quoted.end() - 1);
        Sentence opening = containing(sentences, quoted.start());
        if (closing == null || opening == null) {
            return null;
        }
        Quote q = attributedAfter(text, closing, quoted, words, speakers);
        if (q == null) {
            q = attributedBefore(text, opening, quoted, words, speakers);
        }
        if (q == null && previous != null && previous.direct() && continues(text, previous, quoted)) {
            q = new Quote(previous.speakerEntityId(), previous.speaker(), null, quoted, true, quoted);
        }
        return q;
    }

    /** {@code "...," kata X} / {@code "...," ujarnya} / {@code "...," X said}. */
    private static Quote attributedAfter(String text, Sentence s, Span quoted, SpeechWords words, Speakers speakers) {
        Words w = new Words(text, s);
        int i = w.indexAt(quoted.end() + 1);
        while (i < w.size() && w.isPunctuation(i)) {
            i++;
        }
        if (i >= w.size() || w.span(i).start() - quoted.end() > 4) {
            return null;
        }
        int n = w.phraseAt(i, words.after());
        if (n > 0) {
            String verb = String.join(" ", w.all().subList(i, i + n));
            Span verbSpan = new Span(w.span(i).start(), w.span(i + n - 1).end());
            Speaker who = speakers.carriesPronoun(w.word(i + n - 1)) ? speakers.pronoun(verbSpan, "nya")
                    : speakers.after(w, i + n);
            return who == null ? null : quote(who, verb, quoted, true, verbSpan);
        }
        for (int v = i + 1; v < w.size() && v - i <= SPEAKER_REACH; v++) {
            int m = w.phraseAt(v, words.after());
            if (m > 0) {
                Speaker who = speakers.subject(w, v);
                Span verbSpan = new Span(w.span(v).start(), w.span(v + m - 1).end());
                return who == null || who.span().start() < w.span(i).start() ? null
                        : quote(who, String.join(" ", w.all().subList(v, v + m)), quoted, true, verbSpan);
            }
        }
        return null;
    }

    /** {@code X mengatakan, "..."} / {@code Menurut X, "..."} / {@code X: "..."}. */
    private static Quote attributedBefore(String text, Sentence s, Span quoted, SpeechWords words,
                                          Speakers speakers) {
        Words w = new Words(text, s);
        int k = w.indexAt(quoted.start() - 1);
        while (k > 0 && w.isPunctuation(k - 1)) {
            k--;
        }
        int n = w.phraseBefore(k, words.before());
        if (n == 0) {
            return null;
        }
        Speaker who = speakers.subject(w, k - n);
        Span verbSpan = new Span(w.span(k - n).start(), w.span(k - 1).end());
        return who == null ? null : quote(who, String.join(" ", w.all().subList(k - n, k)), quoted, true, verbSpan);
    }

    /** {@code Menurut X, ...}, {@code X menegaskan (bahwa) ...}, {@code ..., kata X}: one per sentence. */
    private static Quote reported(String text, Words w, SpeechWords words, Speakers speakers, List<Span> marks,
                                  List<Span> attributions) {
        for (int i = 0; i < w.size(); i++) {
            int at = w.span(i).start();
            if (QuoteMarks.inside(marks, at) || w.isPunctuation(i) || attributions.stream().anyMatch(a -> a.start()
                    <= at && at < a.end())) {
                // a verb that attributes a direct quote ("...," Sjafrie told reporters after the meeting) says no more
                continue;
            }
            Quote q = accordingTo(w, i, words, speakers, marks);
            if (q == null) {
                q = saidThat(text, w, i, words, speakers, marks);
            }
            if (q != null) {
                return q;
            }
        }
        return null;
    }

    private static Quote accordingTo(Words w, int i, SpeechWords words, Speakers speakers, List<Span> marks) {
        int n = w.phraseAt(i, words.accordingTo());
        if (n == 0 || (i > 0 && !w.isPunctuation(i - 1) && i > 2)) {
            return null;
        }
        Span verbSpan = new Span(w.span(i).start(), w.span(i + n - 1).end());
        Speaker who = speakers.carriesPronoun(w.word(i + n - 1)) || words.pronouns().contains(w.word(i + n - 1))
                ? speakers.pronoun(verbSpan, w.word(i + n - 1)) : speakers.after(w, i + n);
        if (who == null) {
            return null;
        }
        int c = w.indexAt(Math.max(who.span().end(), verbSpan.end()));
        while (c < w.size() && !w.word(c).equals(",")) {
            c++;
        }
        if (c >= w.size() && i > MIN_CONTENT_WORDS && w.word(i - 1).equals(",")) {
            // "..., according to X." closes the sentence: what was said comes first
            return content(w, 0, i - 1, marks, who, w.word(i), verbSpan);
        }
        return content(w, c + 1, w.size(), marks, who, w.word(i), verbSpan);
    }

    private static Quote saidThat(String text, Words w, int i, SpeechWords words, Speakers speakers, List<Span> marks) {
        int n = w.phraseAt(i, words.before());
        if (n == 0) {
            return null;
        }
        Speaker who = speakers.subject(w, i);
        if (who == null) {
            return null;
        }
        Span verbSpan = new Span(w.span(i).start(), w.span(i + n - 1).end());
        String verb = String.join(" ", w.all().subList(i, i + n));
        int s = w.indexAt(who.span().start());
        while (s > 0 && !w.isPunctuation(s - 1) && w.isCapitalized(text, s - 1)) {
            s--; // the title before the name ("Defence Minister Richard Marles")
        }
        int afterSpeaker = w.indexAt(who.span().end());
        boolean apposition = afterSpeaker < w.size() && w.word(afterSpeaker).equals(",");
        Quote after = contentAfter(w, i, n, words, marks, who, verb, verbSpan);
        if (after == null && s > MIN_CONTENT_WORDS && w.word(s - 1).equals(",") && !apposition) {
            // "..., Minister Rosan Roeslani said here on Monday": what was said comes first
            return content(w, 0, s - 1, marks, who, verb, verbSpan);
        }
        return after;
    }

    /** What follows the verb, past its addressee, phrases of place and time, and a complementizer. */
    private static Quote contentAfter(Words w, int i, int n, SpeechWords words, List<Span> marks, Speaker who,
                                      String verb, Span verbSpan) {
        int c = i + n;
        if (w.phraseAt(i, words.addressed()) > 0) {
            // "told reporters that ...": what was said follows the complementizer, or nothing was reported here
            while (c < w.size() && !words.complementizers().contains(w.word(c))) {
                c++;
            }
        }
        c = pastPreamble(w, c, words);
        while (c < w.size() && (w.isPunctuation(c) && !isQuoteMark(w.word(c)) || words.complementizers().contains(w.word(c)))) {
            c++;
        }
        return c < w.size() ? content(w, c, w.size(), marks, who, verb, verbSpan) : null;
    }

    /**
     * Past phrases of place or time after the verb ("here on Monday", "in a statement", "at a press conference"),
     * each at most four words, ending at a comma, a complementizer, a pronoun or the next such phrase.
     */
    private static int pastPreamble(Words w, int c, SpeechWords words) {
        while (c < w.size() && words.preambles().contains(w.word(c))) {
            int end = c + 1;
            while (end < w.size() && end - c < 4 && !w.isPunctuation(end) && !words.preambles().contains(w.word(end))
                    && !words.complementizers().contains(w.word(end)) && !words.pronouns().contains(w.word(end))) {
                end++;
            }
            c = end;
        }
        return c;
    }

    /** The reported content of words [from, to) without end punctuation, unless it is quoted or too short. */
    private static Quote content(Words w, int from, int to, List<Span> marks, Speaker who, String verb,
                                 Span verbSpan) {
        int end = to;
        while (end > from && w.isPunctuation(end - 1)) {
            end--;
        }
        if (end - from < MIN_CONTENT_WORDS || isQuoteMark(w.word(from)) || QuoteMarks.inside(marks, w.span(from).start())) {
            return null;
        }
        Span content = new Span(w.span(from).start(), w.span(end - 1).end());
        return quote(who, verb, content, false, verbSpan);
    }

    private static Quote quote(Speaker who, String verb, Span content, boolean direct, Span verbSpan) {
        int start = Math.min(Math.min(content.start(), who.span().start()), verbSpan.start());
        int end = Math.max(Math.max(content.end(), who.span().end()), verbSpan.end());
        return new Quote(who.entityId(), who.span(), verb, content, direct, new Span(start, end));
    }

    /** Whether a quotation follows the previous one with only its attribution and a paragraph break between. */
    private static boolean continues(String text, Quote previous, Span quoted) {
        String between = text.substring(previous.evidence().end(), Math.max(previous.evidence().end(), quoted.start()));
        return between.contains("\n") && between.strip().replaceAll("[\\p{P}\\s]", "").isEmpty();
    }

    private static boolean isQuoteMark(String word) {
        return word.equals("\"") || word.equals("“") || word.equals("«") || word.equals("„");
    }

    private static Sentence containing(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }
}
