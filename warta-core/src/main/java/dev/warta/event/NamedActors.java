package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import dev.warta.lang.ClauseWords;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Span;
import dev.warta.text.Mentions;
import dev.warta.text.Words;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The actor a name at a word of one sentence stands for: an entity the tagger found, an institution or country of
 * the actor dictionaries it missed, the parties to a conflict in a named country, or the person or organization a
 * pronoun stands for.
 */
final class NamedActors {
    private static final Set<EntityType> NAMED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    /** Longest institution or person name looked up in the dictionaries, in words. */
    private static final int MAX_NAME_WORDS = 8;
    /** Longest country name looked up in the gazetteer, in words ("Republik Demokratik Kongo"). */
    private static final int MAX_COUNTRY_WORDS = 3;
    /** Words of a relative clause before the place it names ("yang bertikai di Sudan"). */
    private static final int RELATIVE_REACH = 3;
    private final String text;
    private final Words w;
    private final Mentions mentions;
    private final ActorCoder coder;
    private final ClauseWords clauses;
    private final PlaceCountries places;
    private final IntPredicate isTrigger;
    private final IntPredicate quoted;

    NamedActors(String text, Words w, Mentions mentions, ActorCoder coder, ClauseWords clauses, PlaceCountries places,
                IntPredicate isTrigger, IntPredicate quoted) {
        this.text = text;
        this.w = w;
        this.mentions = mentions;
        this.coder = coder;
        this.clauses = clauses;
        this.places = places;
        this.isTrigger = isTrigger;
        this.quoted = quoted;
    }

    /** A named entity starting at word {@code at}; {@code from} is where an agent phrase before it starts. */
    Actor named(int at, String agentRole, int from) {
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
        int end = e.type() == EntityType.ORGANIZATION && clauses.companyForms().contains(w.word(at)) ? companyEnd(to)
                : to;
        if (end > to) {
            // "PT Sinar Garmen Abadi" where the tagger stopped at "Garmen": a company's name runs on over its capitals
            span = new Span(span.start(), w.span(end - 1).end());
        }
        return new Actor(from, end, span, e, coder.code(e, surface, agentRole));
    }

    /** The longest name in the actor dictionaries starting at word {@code at}, for institutions the tagger missed. */
    Actor known(int at) {
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

    /** The longest institution of the dictionary named from word {@code at}, or null. */
    Actor institution(int at) {
        for (int n = Math.min(MAX_NAME_WORDS, w.size() - at); n >= 1; n--) {
            String code = coder.institution(String.join(" ", w.all().subList(at, at + n)));
            if (code != null) {
                return new Actor(at, at + n, new Span(w.span(at).start(), w.span(at + n - 1).end()), null, code);
            }
        }
        return null;
    }

    /**
     * "pihak-pihak yang bertikai di Sudan": the parties to a conflict in a country, which the code names by the
     * country alone; null when word {@code at} begins no such phrase.
     */
    Actor partiesIn(int at) {
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

    /**
     * The person or organization the pronoun at word {@code at} stands for: the last one named before it, outside
     * quotes.
     */
    Actor pronoun(int at) {
        Mentions.Located m = mentions.lastBefore(w.span(at).start(), NAMED, quoted);
        if (m == null) {
            return null;
        }
        Entity e = m.entity();
        return new Actor(at, at + 1, w.span(at), e, coder.code(e, m.mention().span().of(text), null));
    }

    /** Where the capitalized words from {@code at} end, no trigger among them. */
    private int companyEnd(int at) {
        int i = at;
        while (i < w.size() && w.isCapitalized(text, i) && !w.isPunctuation(i) && !isTrigger.test(i)) {
            i++;
        }
        return i;
    }

    /** Whether the word is a name behind a lower-case particle ("al-Shabaab", "al-Qaeda"). */
    private boolean capitalAfterParticle(int at) {
        String word = w.span(at).of(text);
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1));
    }

    /** Words of the country (not a capital or other place) named at word {@code at}, 0 if none. */
    private int countryWords(int at) {
        return at < w.size() && w.isCapitalized(text, at) ? w.phraseAt(at, name -> places.of(name)
                .filter(c -> c.kind() == PlaceCountries.Kind.COUNTRY).isPresent()) : 0;
    }

    /** Whether a place's name stands for a country or capital, which acts as its government. */
    private boolean actsAsGovernment(String surface, Entity e) {
        for (String name : List.of(surface, e.name())) {
            var c = places.of(name);
            if (c.isPresent()) {
                return c.get().kind() != PlaceCountries.Kind.PLACE;
            }
        }
        return false;
    }
}
