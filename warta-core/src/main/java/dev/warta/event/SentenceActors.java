package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import dev.warta.lang.ActorWords;
import dev.warta.lang.ClauseWords;
import dev.warta.model.Span;
import dev.warta.text.Mentions;
import dev.warta.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The possible actors of one sentence, left to right: persons and organizations named, countries and
 * capitals (places that act as governments; other places are where things happen), institutions and
 * office holders of the actor dictionaries the tagger missed, agent phrases ("polisi", "buruh") with the
 * name they belong to ("Presiden Prabowo", "polisi Malaysia", "Perdana Menteri Malaysia Anwar Ibrahim",
 * "pejabat senior Rusia"), and pronouns ("ia", "mereka") standing for the last person or organization named.
 *
 * <p>{@link NamedActors} reads names and pronouns, {@link AgentActors} agent phrases, {@link ActorPhrases} joins
 * what they find; this class walks the words and says which reading wins at each.
 */
final class SentenceActors {
    private final String text;
    private final Words w;
    private final Set<String> pronouns;
    private final ClauseWords clauses;
    private final NamedActors names;
    private final AgentActors agents;
    private final ActorPhrases phrases;

    SentenceActors(String text, Words w, Mentions mentions, ActorCoder coder, ActorWords words, Set<String> pronouns,
                   Set<String> markers, ClauseWords clauses, IntPredicate isTrigger, PlaceCountries places,
                   IntPredicate quoted) {
        this.text = text;
        this.w = w;
        this.pronouns = pronouns;
        this.clauses = clauses;
        AgentNouns agentNouns = new AgentNouns(w, words, clauses.pluralSuffixes());
        this.names = new NamedActors(text, w, mentions, coder, clauses, places, isTrigger, quoted);
        this.agents = new AgentActors(text, w, coder, clauses, places, markers, isTrigger, names, agentNouns);
        this.phrases = new ActorPhrases(text, w, clauses, places, agentNouns);
    }

    List<Actor> find() {
        List<Actor> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            Actor a = actorAt(i);
            int n = w.phraseAt(i, clauses.members());
            if (a == null && n > 0 && i + n < w.size()) {
                // "petugas Polsek Bantaeng", "Ketua KPU": someone of an institution acts as it
                Actor of = actorAt(i + n);
                a = of == null || of.bothSides() ? null
                        : new Actor(i, of.to(), new Span(w.span(i).start(), of.span().end()), of.entity(), of.code());
            }
            if (a != null && w.phraseBefore(i, clauses.lawTitles()) > 0) {
                // "revisi Undang-Undang TNI": a name in a law's title is no actor
                i = a.to();
            } else if (a != null) {
                out.add(a);
                i = a.to();
            } else {
                i++;
            }
        }
        return phrases.joined(out);
    }

    /** The actor starting at word {@code at}, or null. */
    private Actor actorAt(int i) {
        if (clauses.quantities().contains(w.word(i)) && i + 1 < w.size() && !w.isCapitalized(text, i + 1)) {
            // "Lima warga negara ...": a number opening a sentence is no capital (Lima)
            return null;
        }
        Actor a = names.named(i, null, i);
        if (a == null) {
            a = agents.withCountry(names.known(i));
        } else {
            Actor listed = names.institution(i);
            // "Kamar Dagang dan Industri Indonesia" where the tagger took "Kamar Dagang" for a name: the longer
            // name wins
            a = listed != null && listed.to() > a.to() ? listed : a;
        }
        if (a == null) {
            a = agents.agent(i);
        }
        if (a == null) {
            a = names.partiesIn(i);
        }
        if (a == null && pronouns.contains(w.word(i))) {
            a = names.pronoun(i);
        }
        if (a == null && w.phraseAt(i, clauses.bothSides()) > 0) {
            int n = w.phraseAt(i, clauses.bothSides());
            a = new Actor(i, i + n, new Span(w.span(i).start(), w.span(i + n - 1).end()), null, null, true);
        }
        return a;
    }
}
