package dev.warta.event;

import dev.warta.lang.ClauseWords;
import dev.warta.lang.EventFrame;
import dev.warta.text.Words;
import java.util.List;

/**
 * Decides whether a trigger of a sentence tells an act done, so that it is an event: its clause states it as a
 * fact, and it is not what a request before it asks for, what a promise or threat before it undertakes, what the
 * previous act's object goes on to do, nor the demand a protest just before it is for.
 */
final class Factuality {
    /**
     * Words back from a trigger that a negation or future reaches within its clause ("belum menerima konfirmasi
     * soal rencana kunjungan").
     */
    private static final int NEGATION_REACH = 6;
    private final String text;
    private final Words w;
    private final List<Actor> actors;
    private final List<Trigger> triggers;
    private final ClauseWords words;
    private final TriggerLinks links;

    Factuality(String text, Words w, List<Actor> actors, List<Trigger> triggers, ClauseWords words,
               TriggerLinks links) {
        this.text = text;
        this.w = w;
        this.actors = actors;
        this.triggers = triggers;
        this.words = words;
        this.links = links;
    }

    /**
     * Whether trigger {@code k}, done by {@code source}, tells an act done, given the sources and objects found for
     * the triggers before it.
     */
    boolean done(int k, Actor source, Actor[] sources, Actor[] objects) {
        Trigger t = triggers.get(k);
        if (!factual(t) || asked(k, sources, source)) {
            return false;
        }
        if (k == 0) {
            return true;
        }
        Trigger previous = triggers.get(k - 1);
        boolean demanded = sources[k - 1] != null && ActKinds.protest(previous) && ActKinds.aim(t)
                && links.purpose(previous, sources[k - 1], t);
        return !links.intended(previous, t) && !links.continued(previous, t, source, objects[k - 1]) && !demanded;
    }

    /**
     * Whether the clause states the event as a fact: no negation or future just before it, no condition or
     * denial before it; words inside a name ("Badan PBB untuk Pengungsi Palestina") do not count, and a
     * negation or future does not reach over one.
     */
    private boolean factual(Trigger t) {
        int at = t.from();
        if (w.phraseBefore(at, words.intensifiers()) > 0
                || t.frame() == EventFrame.NOUN && t.to() < w.size() && words.anaphors().contains(w.word(t.to()))) {
            return false;
        }
        for (int back = 0; back < NEGATION_REACH && at - back > 0; back++) {
            int pos = at - back;
            if (w.isPunctuation(pos - 1) || words.clauseBreaks().contains(w.word(pos - 1))
                    || pos - 1 > 0 && w.isCapitalized(text, pos - 1)) {
                break;
            }
            if (!named(pos - 1)
                    && (w.phraseBefore(pos, words.negators()) > 0 || w.phraseBefore(pos, words.futures()) > 0)) {
                return false;
            }
        }
        for (int i = 0; i < at; i++) {
            if (!named(i) && (w.phraseAt(i, words.hypotheticals()) > 0 || w.phraseAt(i, words.denials()) > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the trigger is what a request before it asks of its target ("mendesak Polda mengusut kasus
     * itu", "meminta pemerintah menghapus ..."): asked for, not done.
     */
    private boolean asked(int k, Actor[] sources, Actor source) {
        if (k == 0 || sources[k - 1] == null) {
            return false;
        }
        Trigger previous = triggers.get(k - 1);
        // "seluruh kapolda diperintahkan Kapolri menindak ...": after a passive request its doer is not who acts
        boolean doer = previous.frame() == EventFrame.PASSIVE && source.sameAs(sources[k - 1]);
        return ActKinds.request(previous) && (doer || !source.sameAs(sources[k - 1])) && source.from() >= previous.to();
    }

    /** Whether word {@code i} is inside an actor's name. */
    private boolean named(int i) {
        return actors.stream().anyMatch(a -> a.from() <= i && i < a.to());
    }
}
