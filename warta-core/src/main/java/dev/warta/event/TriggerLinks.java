package dev.warta.event;

import dev.warta.lang.ClauseWords;
import dev.warta.lang.EventFrame;
import dev.warta.text.Words;
import java.util.function.Predicate;

/**
 * Reads the words between two triggers of a sentence, or between an actor and the trigger after it, for how the
 * second act hangs on the first: the thing a verb hands over, what a promise undertakes, what a protest is for,
 * what someone let or asked goes on to do. A punctuation mark, conjunction or clause break between parts them.
 */
final class TriggerLinks {
    /** Words between a verb and the noun naming what it hands over or does ("mengucurkan dana hibah"). */
    private static final int OBJECT_WORDS = 3;
    /** Words between a promise, agreement or threat and the act it undertakes ("sepakat memperluas kerja sama"). */
    private static final int CONTENT_REACH = 2;
    /** Words that may stand between an object and what it goes on to do ("inspektur IAEA kembali memeriksa"). */
    private static final int ADVERB_REACH = 1;
    /** Words of a place phrase between an object and what it goes on to do ("di Mabes Polri"). */
    private static final int PLACE_REACH = 4;
    private final Words w;
    private final ClauseWords words;

    TriggerLinks(Words w, ClauseWords words) {
        this.w = w;
        this.words = words;
    }

    /**
     * Whether noun trigger {@code t} names what the verb just before it hands over or does, the same act by its
     * code ("mengucurkan dana hibah kepada ..."), so that it is no second event and the verb's target lies past it;
     * a mediator's talks are an act of their own ("menengahi perundingan antara ...").
     */
    boolean objectOf(Trigger verb, Trigger t) {
        return t.frame() == EventFrame.NOUN && verb.frame() != EventFrame.NOUN && t.from() - verb.to() <= OBJECT_WORDS
                && verb.entry().cameo().equals(t.entry().cameo()) && unbroken(verb.to(), t.from());
    }

    /**
     * Whether {@code t} is what a promise, agreement or threat just before it undertakes ("sepakat memperluas kerja
     * sama", "mengancam memboikot ujian"): intended, not done; a verb may stand between, no break or marker.
     */
    boolean intended(Trigger undertaking, Trigger t) {
        return ActKinds.undertaking(undertaking) && t.from() - undertaking.to() <= CONTENT_REACH
                && unbroken(undertaking.to(), t.from(),
                        word -> words.locatives().contains(word) || words.partners().contains(word));
    }

    /**
     * Whether the trigger goes on from the previous one's object, with nothing, where it happens or (after
     * letting or asking) one adverb between ("mengundang Presiden Trump berkunjung", "berbicara dengan Menteri
     * Iwaya membahas ...", "mengizinkan inspektur IAEA kembali memeriksa ..."): what the first act asks of, allows
     * or shares with it.
     */
    boolean continued(Trigger previous, Trigger t, Actor source, Actor previousObject) {
        // "pertemuan antara A dan B di Mabes Polri membahas ...": where they met may stand between; an adverb only
        // after an act that lets or asks its object do something ("mengizinkan inspektur IAEA kembali memeriksa")
        int reach = source.to() < w.size() && words.locatives().contains(w.word(source.to())) ? PLACE_REACH
                : ActKinds.lets(previous) ? ADVERB_REACH : 0;
        return source.sameAs(previousObject) && source.to() <= t.from() && t.from() - source.to() <= reach
                && unbroken(source.to(), t.from(), words.relativizers()::contains);
    }

    /**
     * Whether {@code next} says what {@code protest} is for: it follows right after it or after where it happens,
     * with no conjunction or break between ("berunjuk rasa di depan Istana Merdeka menuntut ..."); "dan menuntut"
     * is a second act.
     */
    boolean purpose(Trigger protest, Actor protester, Trigger next) {
        // "aksi unjuk rasa mahasiswa di Makassar menolak ...": a noun's protesters may stand right after it
        int from = protester != null && protester.from() == protest.to() ? protester.to() : protest.to();
        if (from < next.from() && !words.locatives().contains(w.word(from))) {
            return false;
        }
        return unbroken(from, next.from());
    }

    /** Whether {@code next} follows {@code t} with at most future words between ("berjanji akan memberikan"). */
    boolean contentFollows(Trigger t, Trigger next) {
        int i = t.to();
        while (i < next.from() && words.futures().contains(w.word(i))) {
            i++;
        }
        return i == next.from();
    }

    /** Whether the trigger's verb carries its object as an enclitic ("menahannya"). */
    boolean enclitic(Trigger t) {
        String last = w.word(t.to() - 1);
        return t.frame() == EventFrame.ACTIVE
                && words.objectEnclitics().stream().anyMatch(e -> last.length() > e.length() && last.endsWith(e));
    }

    private boolean unbroken(int from, int to) {
        return unbroken(from, to, word -> false);
    }

    /**
     * Whether no punctuation mark, conjunction, clause break or word that {@code parts} names stands in words
     * [from, to).
     */
    private boolean unbroken(int from, int to, Predicate<String> parts) {
        for (int i = from; i < to; i++) {
            String word = w.word(i);
            if (w.isPunctuation(i) || words.conjunctions().contains(word) || words.clauseBreaks().contains(word)
                    || parts.test(word)) {
                return false;
            }
        }
        return true;
    }
}
