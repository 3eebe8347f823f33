package dev.warta.event;

import dev.warta.lang.ClauseWords;
import dev.warta.lang.EventFrame;
import dev.warta.lang.EventLexicon;
import dev.warta.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds the triggers of one sentence from the language's lexicon. The lexicon is matched at every word before the
 * actors are known, because finding the actors asks where an event word stands; the triggers are picked after.
 */
final class SentenceTriggers {
    private final String text;
    private final Words w;
    private final ClauseWords words;
    private final TriggerLinks links;
    /** The lexicon's match starting at each word, or null. */
    private final EventLexicon.Match[] matches;

    SentenceTriggers(String text, Words w, EventLexicon lexicon, ClauseWords words, TriggerLinks links) {
        this.text = text;
        this.w = w;
        this.words = words;
        this.links = links;
        this.matches = new EventLexicon.Match[w.size()];
        for (int i = 0; i < w.size(); i++) {
            matches[i] = lexicon.match(w.all(), i);
        }
    }

    /** Whether an entry that tells an event starts at word {@code i}. */
    boolean eventAt(int i) {
        return matches[i] != null && matches[i].trigger().event();
    }

    /**
     * The triggers of the sentence, left to right, from the lexicon's match at each word; none inside an actor, a
     * quote or the object a pattern before reads ("mengizinkan konvoi bantuan ...").
     */
    List<Trigger> outside(List<Actor> actors, IntPredicate quoted) {
        List<Trigger> out = new ArrayList<>();
        int i = 0;
        int read = 0;
        while (i < w.size()) {
            int at = i;
            EventLexicon.Match m = quoted.test(w.span(i).start())
                    || actors.stream().anyMatch(a -> a.from() <= at && at < a.to()) || at < read ? null : matches[i];
            if (m != null) {
                Trigger t = new Trigger(i, i + m.length(), m.trigger(),
                        Clause.frameOf(w, i, m.trigger().frame(), words));
                if (m.trigger().event() && !titled(i, m) && (out.isEmpty() || !links.objectOf(out.getLast(), t))) {
                    out.add(t);
                }
                read = i + m.extent();
                i += m.length();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether a noun trigger is capitalized inside its sentence, so part of a name or title ("Direktur Jenderal
     * Kerja Sama ASEAN").
     */
    private boolean titled(int at, EventLexicon.Match m) {
        return m.trigger().frame() == EventFrame.NOUN && at > 0 && w.isCapitalized(text, at);
    }
}
