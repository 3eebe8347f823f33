package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import dev.warta.lang.ClauseWords;
import dev.warta.model.EntityType;
import dev.warta.model.Span;
import dev.warta.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the actors of one sentence, found word by word, by the phrase they stand in: a common noun after another
 * says more of it, a title before a person is that person's office, a country joined to an agent of another
 * country shares that agent, an agent placed in an actor of a country is of that country.
 */
final class ActorPhrases {
    /** Words from a locative to the actor it places an agent in ("dalam pemerintahan"). */
    private static final int MAX_PLACING_WORDS = 3;
    private final String text;
    private final Words w;
    private final ClauseWords clauses;
    private final PlaceCountries places;
    private final AgentNouns agents;

    ActorPhrases(String text, Words w, ClauseWords clauses, PlaceCountries places, AgentNouns agents) {
        this.text = text;
        this.w = w;
        this.clauses = clauses;
        this.places = places;
        this.agents = agents;
    }

    /** The actors found, joined; the order of the passes matters, each reads the phrases the one before made. */
    List<Actor> joined(List<Actor> found) {
        return placedIn(sharedHeads(headed(found)));
    }

    /**
     * The actors with a common noun right after another folded into it ("warga negara Indonesia korban penipuan",
     * "massa pendukung pasangan calon"): the noun after says more of the one before, which heads the phrase; a
     * person right after a title is the one who holds it.
     */
    private List<Actor> headed(List<Actor> found) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : found) {
            Actor last = out.isEmpty() ? null : out.getLast();
            if (last != null && !last.bothSides() && a.from() == last.to() && commonNoun(a)) {
                out.set(out.size() - 1, new Actor(last.from(), a.to(), new Span(last.span().start(), a.span().end()),
                        last.entity(), last.code()));
            } else if (last != null && !last.bothSides() && a.from() == last.to() && last.entity() == null
                    && a.entity() != null && a.entity().type() == EntityType.PERSON && last.code() != null) {
                // "Panglima TNI Jenderal Agus Subiyanto": a title right before a person is that person, in that office
                out.set(out.size() - 1, new Actor(last.from(), a.to(), new Span(last.span().start(), a.span().end()),
                        a.entity(), last.code()));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether the actor is a lower-case agent phrase of no name ("korban", "pendukung pasangan calon"). */
    private boolean commonNoun(Actor a) {
        return a.entity() == null && !a.bothSides() && !w.isCapitalized(text, a.from()) && agents.wordsAt(a.from()) > 0;
    }

    /**
     * "Pasukan Thailand dan Kamboja", "tentara Pakistan dan India": a country joined to an agent of another
     * country shares that agent, not standing for its government.
     */
    private List<Actor> sharedHeads(List<Actor> found) {
        List<Actor> out = new ArrayList<>(found);
        for (int k = 1; k < out.size(); k++) {
            Actor before = out.get(k - 1);
            Actor a = out.get(k);
            if (a.from() == before.to() + 1 && clauses.conjunctions().contains(w.word(before.to()))
                    && bareCountry(a) && agentOfCountry(before)) {
                out.set(k, new Actor(a.from(), a.to(), a.span(), a.entity(),
                        a.code().substring(0, Actor.COUNTRY_CODE) + before.code().substring(Actor.COUNTRY_CODE),
                        a.bothSides()));
            }
        }
        return out;
    }

    /** Whether the actor is a country standing for its government ("Kamboja" as KHMGOV). */
    private boolean bareCountry(Actor a) {
        return a.code() != null && a.code().equals(places.of(a.span().of(text))
                .filter(c -> c.kind() == PlaceCountries.Kind.COUNTRY).map(c -> c.iso3() + Actor.GOVERNMENT)
                .orElse(null));
    }

    /** Whether the actor is an agent word followed by its country only ("Pasukan Thailand"). */
    private boolean agentOfCountry(Actor a) {
        int n = agents.wordsAt(a.from());
        return n > 0 && a.code() != null && a.code().length() > Actor.COUNTRY_CODE
                && places.of(String.join(" ", w.all().subList(a.from() + n, a.to())))
                .filter(c -> c.kind() == PlaceCountries.Kind.COUNTRY).isPresent();
    }

    /**
     * "pejabat dalam pemerintahan Presiden Trump", "staff at the Australian Embassy": an agent of no country that a
     * locative and a few lower-case words place in an actor of a country is of that country.
     */
    private List<Actor> placedIn(List<Actor> found) {
        List<Actor> out = new ArrayList<>(found);
        for (int k = 0; k + 1 < out.size(); k++) {
            Actor a = out.get(k);
            Actor of = out.get(k + 1);
            if (bareAgent(a) && a.code() != null && a.code().length() > Actor.COUNTRY_CODE && of.code() != null
                    && of.code().length() > Actor.COUNTRY_CODE && !of.bothSides() && placing(a.to(), of.from())) {
                out.set(k, new Actor(a.from(), a.to(), a.span(), a.entity(),
                        of.code().substring(0, Actor.COUNTRY_CODE) + a.code().substring(Actor.COUNTRY_CODE),
                        a.bothSides()));
            }
        }
        return out;
    }

    /** An agent noun and nothing more ("pejabat"): the country of its code is the default, not the text's. */
    private boolean bareAgent(Actor a) {
        return commonNoun(a) && agents.wordsAt(a.from()) == a.to() - a.from();
    }

    /** A locative at {@code from}, then lower-case words only, up to {@code to}: "dalam pemerintahan". */
    private boolean placing(int from, int to) {
        if (to <= from || to - from > MAX_PLACING_WORDS || !clauses.locatives().contains(w.word(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (w.isPunctuation(i) || w.isCapitalized(text, i)) {
                return false;
            }
        }
        return true;
    }
}
