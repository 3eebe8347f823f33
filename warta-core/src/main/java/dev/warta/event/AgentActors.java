package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import dev.warta.lang.ActorWords;
import dev.warta.lang.ClauseWords;
import dev.warta.model.EntityType;
import dev.warta.model.Span;
import dev.warta.text.Words;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The actor an agent phrase of one sentence stands for, with the name it belongs to ("Presiden Prabowo", "polisi
 * Malaysia", "Perdana Menteri Malaysia Anwar Ibrahim", "pejabat senior Rusia"), and a country followed by its agent
 * ("Thai troops"); an agent of no name is of the default country.
 */
final class AgentActors {
    /** Lower-case words between an agent noun and the country it belongs to. */
    private static final int MAX_MODIFIERS = 2;
    private final String text;
    private final Words w;
    private final ActorCoder coder;
    private final ClauseWords clauses;
    private final PlaceCountries places;
    /** The words that mark a role or join actors ("oleh", "dengan", "di", "dan"), which end an agent's modifiers. */
    private final Set<String> markers;
    private final IntPredicate isTrigger;
    private final NamedActors names;
    private final AgentNouns agents;

    AgentActors(String text, Words w, ActorCoder coder, ClauseWords clauses, PlaceCountries places, Set<String> markers,
                IntPredicate isTrigger, NamedActors names, AgentNouns agents) {
        this.text = text;
        this.w = w;
        this.coder = coder;
        this.clauses = clauses;
        this.places = places;
        this.markers = markers;
        this.isTrigger = isTrigger;
        this.names = names;
        this.agents = agents;
    }

    /** The agent phrase starting at word {@code at}, with what it belongs to, or null. */
    Actor agent(int at) {
        int n = agents.wordsAt(at);
        if (n == 0) {
            return null;
        }
        String role = coder.roleOf(agents.singular(String.join(" ", w.all().subList(at, at + n))));
        Actor joined = names.named(at + n, role, at);
        if (joined == null && at + n < w.size()) {
            joined = country(at, at + n, role);
        }
        if (joined == null && at + n < w.size()) {
            Actor holder = names.known(at + n);
            // "warga Rohingya": an agent of a people the dictionary gives only a country keeps its own role
            String code = holder == null || holder.code().length() != Actor.COUNTRY_CODE || role == null ? null
                    : holder.code() + role;
            joined = holder == null ? null
                    : new Actor(at, holder.to(), new Span(w.span(at).start(), holder.span().end()), null,
                            code != null ? code : holder.code());
        }
        int foreign = joined == null ? foreignWord(at + n) : -1;
        if (foreign >= 0 && role != null) {
            // "lembaga bantuan asing", "warga negara asing": of no country the text names, so of none
            return new Actor(at, foreign + 1, new Span(w.span(at).start(), w.span(foreign).end()), null, role);
        }
        if (joined == null) {
            // "pejabat senior Rusia": a few lower-case modifiers may stand between the agent and its country
            int next = at + n;
            while (next < w.size() && next - (at + n) < MAX_MODIFIERS && modifier(next)) {
                next++;
                Actor country = names.named(next, role, at);
                if (country != null && country.entity() == null) {
                    return country;
                }
            }
        }
        if (joined != null) {
            return joined;
        }
        Span span = new Span(w.span(at).start(), w.span(at + n - 1).end());
        return new Actor(at, at + n, span, null, coder.agent(role, null));
    }

    /**
     * A bare country ("Malaysian", "Indonesia") followed by an agent ("police", "Prime Minister Anwar
     * Ibrahim") is that agent of that country; standing alone, a country acting is its government.
     */
    Actor withCountry(Actor country) {
        if (country == null || country.code().length() != Actor.COUNTRY_CODE) {
            return country;
        }
        Actor agent = country.to() < w.size() ? agent(country.to()) : null;
        if (agent == null) {
            return new Actor(country.from(), country.to(), country.span(), null, country.code() + Actor.GOVERNMENT);
        }
        Span span = new Span(country.span().start(), agent.span().end());
        String held = agent.entity() != null && agent.entity().type() == EntityType.PERSON
                ? coder.holderCode(agent.entity()) : null;
        // "Thai troops": the role of the agent word the plural stands for
        String role = coder.roleOf(agents.singular(ActorWords.key(agent.span().of(text))));
        String code = held != null ? held : country.code() + (role != null ? role : Actor.GOVERNMENT);
        return new Actor(country.from(), agent.to(), span, agent.entity(), code);
    }

    /** "tentara Israel" where the tagger missed the country: the gazetteer's countries and capitals. */
    private Actor country(int agentStart, int at, String role) {
        for (int n = Math.min(3, w.size() - at); n >= 1; n--) {
            String name = String.join(" ", w.all().subList(at, at + n));
            var c = w.isCapitalized(text, at) ? places.of(name) : Optional.<PlaceCountries.Country>empty();
            if (c.isPresent() && c.get().kind() != PlaceCountries.Kind.PLACE) {
                Span span = new Span(w.span(agentStart).start(), w.span(at + n - 1).end());
                return new Actor(agentStart, at + n, span, null, coder.agent(role, name));
            }
        }
        return null;
    }

    /** Where a word saying "foreign" stands among the few lower-case modifiers from {@code from}, or -1. */
    private int foreignWord(int from) {
        for (int i = from; i < w.size() && i - from < MAX_MODIFIERS && modifier(i); i++) {
            if (clauses.foreign().contains(w.word(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean modifier(int i) {
        return !w.isCapitalized(text, i) && !w.isPunctuation(i) && !markers.contains(w.word(i))
                && !isTrigger.test(i);
    }
}
