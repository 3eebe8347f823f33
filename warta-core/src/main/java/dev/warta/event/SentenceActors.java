package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import dev.warta.lang.ActorWords;
import dev.warta.lang.ClauseWords;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Span;
import dev.warta.text.Mentions;
import dev.warta.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The possible actors of one sentence, left to right: persons and organizations named, countries and
 * capitals (places that act as governments; other places are where things happen), institutions and
 * office holders of the actor dictionaries the tagger missed, agent phrases ("polisi", "buruh") with the
 * name they belong to ("Presiden Prabowo", "polisi Malaysia", "Perdana Menteri Malaysia Anwar Ibrahim",
 * "pejabat senior Rusia"), and pronouns ("ia", "mereka") standing for the last person or organization named.
 */
final class SentenceActors {
    private static final Set<EntityType> NAMED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    /** Longest institution or person name looked up in the dictionaries, in words. */
    private static final int MAX_NAME_WORDS = 8;
    /** Lower-case words between an agent noun and the country it belongs to. */
    private static final int MAX_MODIFIERS = 2;
    /** Longest country name looked up in the gazetteer, in words ("Republik Demokratik Kongo"). */
    private static final int MAX_COUNTRY_WORDS = 3;
    /** Words from a locative to the actor it places an agent in ("dalam pemerintahan"). */
    private static final int MAX_PLACING_WORDS = 3;
    /** Words of a relative clause before the place it names ("yang bertikai di Sudan"). */
    private static final int RELATIVE_REACH = 3;
    private static final String GOVERNMENT = "GOV";
    private final String text;
    private final Words w;
    private final Mentions mentions;
    private final ActorCoder coder;
    private final ActorWords words;
    private final Set<String> pronouns;
    private final Set<String> markers;
    private final Set<String> pluralSuffixes;
    private final ClauseWords clauses;
    private final IntPredicate isTrigger;
    private final PlaceCountries places;
    private final IntPredicate quoted;

    SentenceActors(String text, Words w, Mentions mentions, ActorCoder coder, ActorWords words, Set<String> pronouns,
                   Set<String> markers, ClauseWords clauses, IntPredicate isTrigger, PlaceCountries places,
                   IntPredicate quoted) {
        this.text = text;
        this.w = w;
        this.mentions = mentions;
        this.coder = coder;
        this.words = words;
        this.pronouns = pronouns;
        this.markers = markers;
        this.pluralSuffixes = clauses.pluralSuffixes();
        this.clauses = clauses;
        this.isTrigger = isTrigger;
        this.places = places;
        this.quoted = quoted;
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
        return placedIn(sharedHeads(headed(out)));
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
                        of.code().substring(0, Actor.COUNTRY_CODE) + a.code().substring(Actor.COUNTRY_CODE), a.bothSides()));
            }
        }
        return out;
    }

    /** An agent noun and nothing more ("pejabat"): the country of its code is the default, not the text's. */
    private boolean bareAgent(Actor a) {
        return commonNoun(a)
                && w.phraseAt(a.from(), phrase -> words.agents().containsKey(singular(phrase))) == a.to() - a.from();
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
        return a.entity() == null && !a.bothSides() && !w.isCapitalized(text, a.from())
                && w.phraseAt(a.from(), phrase -> words.agents().containsKey(singular(phrase))) > 0;
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
                        a.code().substring(0, Actor.COUNTRY_CODE) + before.code().substring(Actor.COUNTRY_CODE), a.bothSides()));
            }
        }
        return out;
    }

    private boolean bareCountry(Actor a) {
        return a.code() != null && a.code().equals(places.of(a.span().of(text))
                .filter(c -> c.kind() == PlaceCountries.Kind.COUNTRY).map(c -> c.iso3() + GOVERNMENT).orElse(null));
    }

    /** Whether the actor is an agent word followed by its country only ("Pasukan Thailand"). */
    private boolean agentOfCountry(Actor a) {
        int n = w.phraseAt(a.from(), phrase -> words.agents().containsKey(singular(phrase)));
        return n > 0 && a.code() != null && a.code().length() > Actor.COUNTRY_CODE
                && places.of(String.join(" ", w.all().subList(a.from() + n, a.to())))
                .filter(c -> c.kind() == PlaceCountries.Kind.COUNTRY).isPresent();
    }

    /** The actor starting at word {@code at}, or null. */
    private Actor actorAt(int i) {
        if (clauses.quantities().contains(w.word(i)) && i + 1 < w.size() && !w.isCapitalized(text, i + 1)) {
            // "Lima warga negara ...": a number opening a sentence is no capital (Lima)
            return null;
        }
        Actor a = named(i, null, i);
        if (a == null) {
            a = withCountry(known(i));
        } else {
            Actor listed = institution(i);
            // "Kamar Dagang dan Industri Indonesia" where the tagger took "Kamar Dagang" for a name: the longer name wins
            a = listed != null && listed.to() > a.to() ? listed : a;
        }
        if (a == null) {
            a = agent(i);
        }
        if (a == null) {
            a = partiesIn(i);
        }
        if (a == null && pronouns.contains(w.word(i))) {
            a = pronoun(i);
        }
        if (a == null && w.phraseAt(i, clauses.bothSides()) > 0) {
            int n = w.phraseAt(i, clauses.bothSides());
            a = new Actor(i, i + n, new Span(w.span(i).start(), w.span(i + n - 1).end()), null, null, true);
        }
        return a;
    }

    /** A named entity starting at word {@code at}; {@code from} is where an agent phrase before it starts. */
    private Actor named(int at, String agentRole, int from) {
        Mentions.Located m = at < w.size() ? mentions.startingAt(w.span(at).start()) : null;
        if (m == null) {
            return null;
        }
        Entity e = m.entity();
        String surface = m.mention().span().of(text);
        if (!NAMED.contains(e.type()) && agentRole == null && !actsAsGovernment(surface, e)) {
            return null;
        }
        int to = Math.max(at + 1, w.indexAt(m.end()));
        Span span = new Span(w.span(from).start(), m.end());
        if (e.type() == EntityType.LOCATION && agentRole != null) {
            Actor person = named(to, agentRole, from);
            if (person != null && person.entity() != null && person.entity().type() == EntityType.PERSON) {
                // "Perdana Menteri Malaysia Anwar Ibrahim": the person, of the country the title names
                String held = coder.holderCode(person.entity());
                return new Actor(from, person.to(), person.span(), person.entity(),
                        held != null ? held : coder.agent(agentRole, surface));
            }
            return new Actor(from, to, span, null, coder.agent(agentRole, surface));
        }
        int end = e.type() == EntityType.ORGANIZATION && clauses.companyForms().contains(w.word(at)) ? companyEnd(to) : to;
        if (end > to) {
            // "PT Sinar Garmen Abadi" where the tagger stopped at "Garmen": a company's name runs on over its capitals
            span = new Span(span.start(), w.span(end - 1).end());
        }
        return new Actor(from, end, span, e, coder.code(e, surface, agentRole));
    }

    /** Where the capitalized words from {@code at} end, no trigger among them. */
    private int companyEnd(int at) {
        int i = at;
        while (i < w.size() && w.isCapitalized(text, i) && !w.isPunctuation(i) && !isTrigger.test(i)) {
            i++;
        }
        return i;
    }

    /** The longest name in the actor dictionaries starting at word {@code at}, for institutions the tagger missed. */
    private Actor known(int at) {
        if (!w.isCapitalized(text, at) && !capitalAfterParticle(at)) {
            return null;
        }
        for (int n = Math.min(MAX_NAME_WORDS, w.size() - at); n >= 1; n--) {
            String name = String.join(" ", w.all().subList(at, at + n));
            String code = coder.known(name);
            if (code == null && n <= MAX_COUNTRY_WORDS) {
                code = coder.country(name);
            }
            if (code != null) {
                int to = at + n;
                int m = code.length() > Actor.COUNTRY_CODE ? countryWords(to) : 0;
                if (m > 0) {
                    // "Angkatan Laut Australia": the institution's kind, of the country named after it
                    code = places.of(String.join(" ", w.all().subList(to, to + m))).orElseThrow().iso3()
                            + code.substring(Actor.COUNTRY_CODE);
                    to += m;
                }
                return new Actor(at, to, new Span(w.span(at).start(), w.span(to - 1).end()), null, code);
            }
        }
        return null;
    }

    /**
     * "pihak-pihak yang bertikai di Sudan": the parties to a conflict in a country, which the code names by the
     * country alone; null when word {@code at} begins no such phrase.
     */
    private Actor partiesIn(int at) {
        int n = w.phraseAt(at, clauses.parties());
        if (n == 0 || at + n >= w.size() || !clauses.relativizers().contains(w.word(at + n))) {
            return null;
        }
        for (int i = at + n + 1; i + 1 < w.size() && i <= at + n + RELATIVE_REACH && !w.isPunctuation(i); i++) {
            int m = clauses.locatives().contains(w.word(i)) ? countryWords(i + 1) : 0;
            if (m > 0) {
                String country = places.of(String.join(" ", w.all().subList(i + 1, i + 1 + m))).orElseThrow().iso3();
                return new Actor(at, i + 1 + m, new Span(w.span(at).start(), w.span(i + m).end()), null, country);
            }
        }
        return null;
    }

    /** Whether the word is a name behind a lower-case particle ("al-Shabaab", "al-Qaeda"). */
    private boolean capitalAfterParticle(int at) {
        String word = w.span(at).of(text);
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1));
    }

    /** The longest institution of the dictionary named from word {@code at}, or null. */
    private Actor institution(int at) {
        for (int n = Math.min(MAX_NAME_WORDS, w.size() - at); n >= 1; n--) {
            String code = coder.institution(String.join(" ", w.all().subList(at, at + n)));
            if (code != null) {
                return new Actor(at, at + n, new Span(w.span(at).start(), w.span(at + n - 1).end()), null, code);
            }
        }
        return null;
    }

    /** Words of the country (not a capital or other place) named at word {@code at}, 0 if none. */
    private int countryWords(int at) {
        return at < w.size() && w.isCapitalized(text, at) ? w.phraseAt(at, name -> places.of(name)
                .filter(c -> c.kind() == PlaceCountries.Kind.COUNTRY).isPresent()) : 0;
    }

    /**
     * A bare country ("Malaysian", "Indonesia") followed by an agent ("police", "Prime Minister Anwar
     * Ibrahim") is that agent of that country; standing alone, a country acting is its government.
     */
    private Actor withCountry(Actor country) {
        if (country == null || country.code().length() != Actor.COUNTRY_CODE) {
            return country;
        }
        Actor agent = country.to() < w.size() ? agent(country.to()) : null;
        if (agent == null) {
            return new Actor(country.from(), country.to(), country.span(), null, country.code() + GOVERNMENT);
        }
        Span span = new Span(country.span().start(), agent.span().end());
        String held = agent.entity() != null && agent.entity().type() == EntityType.PERSON
                ? coder.holderCode(agent.entity()) : null;
        // "Thai troops": the role of the agent word the plural stands for
        String role = coder.roleOf(singular(ActorWords.key(agent.span().of(text))));
        String code = held != null ? held : country.code() + (role != null ? role : GOVERNMENT);
        return new Actor(country.from(), agent.to(), span, agent.entity(), code);
    }

    private boolean actsAsGovernment(String surface, Entity e) {
        for (String name : List.of(surface, e.name())) {
            var c = places.of(name);
            if (c.isPresent()) {
                return c.get().kind() != PlaceCountries.Kind.PLACE;
            }
        }
        return false;
    }

    private Actor agent(int at) {
        int n = w.phraseAt(at, phrase -> words.agents().containsKey(singular(phrase)));
        if (n == 0) {
            return null;
        }
        String role = coder.roleOf(singular(String.join(" ", w.all().subList(at, at + n))));
        Actor joined = named(at + n, role, at);
        if (joined == null && at + n < w.size()) {
            joined = country(at, at + n, role);
        }
        if (joined == null && at + n < w.size()) {
            Actor holder = known(at + n);
            // "warga Rohingya": an agent of a people the dictionary gives only a country keeps its own role
            String code = holder == null || holder.code().length() != Actor.COUNTRY_CODE || role == null ? null
                    : holder.code() + role;
            joined = holder == null ? null : new Actor(at, holder.to(), new Span(w.span(at).start(), holder.span().end()),
                    null, code != null ? code : holder.code());
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
                Actor country = named(next, role, at);
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

    /** Where a word saying "foreign" stands among the few lower-case modifiers from {@code from}, or -1. */
    private int foreignWord(int from) {
        for (int i = from; i < w.size() && i - from < MAX_MODIFIERS && modifier(i); i++) {
            if (clauses.foreign().contains(w.word(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The agent word a plural stands for ("protesters" -> "protester"), or the phrase itself. */
    private String singular(String phrase) {
        if (words.agents().containsKey(phrase)) {
            return phrase;
        }
        for (String suffix : pluralSuffixes) {
            String stem = phrase.endsWith(suffix) ? phrase.substring(0, phrase.length() - suffix.length()) : phrase;
            if (words.agents().containsKey(stem)) {
                return stem;
            }
        }
        return phrase;
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

    private boolean modifier(int i) {
        return !w.isCapitalized(text, i) && !w.isPunctuation(i) && !markers.contains(w.word(i))
                && !isTrigger.test(i);
    }

    private Actor pronoun(int at) {
        Mentions.Located m = mentions.lastBefore(w.span(at).start(), NAMED, quoted);
        if (m == null) {
            return null;
        }
        Entity e = m.entity();
        return new Actor(at, at + 1, w.span(at), e, coder.code(e, m.mention().span().of(text), null));
    }
}
