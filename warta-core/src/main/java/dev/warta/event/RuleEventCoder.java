package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import dev.warta.lang.ClauseWords;
import dev.warta.lang.EventFrame;
import dev.warta.lang.Language;
import dev.warta.model.Article;
import dev.warta.model.DateMention;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import dev.warta.model.Event;
import dev.warta.model.EventLocation;
import dev.warta.model.Quote;
import dev.warta.model.Sentence;
import dev.warta.model.Span;
import dev.warta.text.Mentions;
import dev.warta.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Codes events sentence by sentence from the language's trigger lexicon: each trigger outside a direct
 * quote that is stated as a fact (no negation, future, condition or denial before it in its clause)
 * and has a source actor becomes one event, coded with the trigger's CAMEO code and what the code
 * table says of it. The lexicon lists CAMEO 01x only for acts that are more than speech (declining to
 * comment, reviewing a proposal); PLOVER drops them, so their {@code plover} is null.
 */
public final class RuleEventCoder implements EventCoder {
    private static final Set<EntityType> NAMED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);
    private final CameoCodes codes;
    private final PlaceCountries places;
    /** The places with the other names each language gives them, by language code. */
    private final Map<String, PlaceCountries> placesByLanguage = new ConcurrentHashMap<>();
    private final OfficeHolders holders;
    private final CameoConventions conventions;

    /** What the document has told so far: the two sides of its last interaction and its CAMEO root, for "kedua pihak". */
    private static final class Told {
        Actor[] lastPair;
        String lastRoot;
    }

    public RuleEventCoder() {
        this(CameoCodes.shipped(), PlaceCountries.shipped());
    }

    public RuleEventCoder(CameoCodes codes, PlaceCountries places) {
        this.codes = codes;
        this.places = places;
        this.holders = OfficeHolders.shipped();
        this.conventions = new CameoConventions(places);
    }

    @Override
    public List<Event> code(Article article, List<Sentence> sentences, List<DateMention> dates, List<Entity> entities,
                            List<Quote> quotes, Language language) {
        String text = article.text();
        Mentions mentions = new Mentions(entities);
        LocalDate day = article.published() == null ? null : article.published().date();
        PlaceCountries places = placesByLanguage.computeIfAbsent(language.code(),
                l -> this.places.withNames(language.placeNames()));
        String home = home(article, entities, language);
        ClauseWords c = language.clauses();
        ActorCoder coder = new ActorCoder(language.actors(), places, holders, day, home, mentions::entity, c.locatives());
        List<Span> direct = quotes.stream().filter(Quote::direct).map(Quote::content).toList();
        IntPredicate quoted = o -> direct.stream().anyMatch(s -> s.start() <= o && o < s.end());
        Set<String> markers = new HashSet<>();
        List.of(c.passiveAgents(), c.partners(), c.targetMarkers(), c.locatives(), c.between(), c.conjunctions())
                .forEach(markers::addAll);
        List<Event> out = new ArrayList<>();
        Told told = new Told();
        for (Sentence s : sentences) {
            Words w = new Words(text, s);
            SentenceTriggers found = new SentenceTriggers(text, w, language.events(), c, new TriggerLinks(w, c));
            EventLocation where = location(w, mentions, c);
            String placed = where == null ? null
                    : places.of(mentions.entity(where.entityId()).name()).map(PlaceCountries.Country::iso3).orElse(null);
            Map<String, List<Actor>> byCountry = new HashMap<>();
            // "milisi bersenjata ... di Mogadishu": actors the text gives no country are of where it happens
            Function<String, List<Actor>> actorsIn = country -> byCountry.computeIfAbsent(String.valueOf(country),
                    k -> new SentenceActors(text, w, mentions, coder.in(country), language.actors(),
                            language.speech().pronouns(), markers, c, found::eventAt,
                            places, quoted).find());
            List<Actor> actors = actorsIn.apply(placed);
            List<Trigger> triggers = found.outside(actors, quoted);
            BinaryOperator<Actor> sided = placed != null || home == null ? (source, target) -> target
                    : (source, target) -> ofSourceCountry(source, target, home, actorsIn);
            out.addAll(events(article, s, w, actors, triggers, dates, mentions, language.clauses(), told, sided));
        }
        return out;
    }

    private List<Event> events(Article article, Sentence s, Words w, List<Actor> actors, List<Trigger> triggers,
                               List<DateMention> dates, Mentions mentions, ClauseWords words, Told told,
                               BinaryOperator<Actor> sided) {
        Clause clause = new Clause(w, actors, triggers, words);
        TriggerLinks links = new TriggerLinks(w, words);
        Factuality factuality = new Factuality(article.text(), w, actors, triggers, words, links);
        ImpliedTargets implied = new ImpliedTargets(clause, triggers, links);
        Actor[] sources = new Actor[triggers.size()];
        Actor[] objects = new Actor[triggers.size()];
        Actor[] targets = new Actor[triggers.size()];
        Set<String> seen = new HashSet<>();
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < triggers.size(); k++) {
            Trigger t = triggers.get(k);
            Actor[] roles = clause.roles(k, sources);
            if (k > 0 && links.enclitic(t) && sources[k - 1] != null && objects[k - 1] != null
                    && objects[k - 1].sameAs(roles[0])) {
                // "menangkap pengusaha itu lalu memeriksanya": who is "-nya" is not who acts, the doer goes on
                roles[0] = sources[k - 1];
            }
            sources[k] = roles[0];
            objects[k] = roles[1];
            var code = codes.get(CameoConventions.asDoneBy(t.entry().cameo(), roles[0]));
            if (roles[0] == null || code.isEmpty() || !factuality.done(k, roles[0], sources, objects)) {
                continue;
            }
            if (roles[1] == null) {
                roles[1] = implied.of(k, roles[0], sources, objects, targets);
            }
            targets[k] = roles[1];
            Actor target = roles[1] == null || roles[1].sameAs(roles[0])
                    || conventions.ownDeployment(t.entry().cameo(), roles[0], roles[1]) ? null
                    : CameoConventions.asCivilians(roles[0], sided.apply(roles[0], roles[1]));
            for (Actor[] pair : pairs(clause, t, roles[0], target)) {
                Actor[] sides = pair[0].bothSides() ? told.lastPair : pair;
                // "kedua pihak" doing what was just told of them retells that interaction
                boolean retold = pair[0].bothSides() && t.entry().cameo().startsWith(String.valueOf(told.lastRoot));
                if (sides == null || sides[0] == null || sides[0].bothSides() || retold) {
                    continue;
                }
                if (seen.add(key(sides[0]) + "|" + key(sides[1]) + "|" + t.entry().cameo())) {
                    out.add(event(article, s, w, dates, mentions, words, t, code.get(), sides[0], sides[1]));
                    if (sides[1] != null) {
                        told.lastPair = sides;
                        told.lastRoot = t.entry().cameo().substring(0, 2);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The target as of the source's country when the text gives the target none and says nowhere where the
     * sentence happens ("warga sipil ... dibantai oleh tentara junta Myanmar"): a foreign side acts on people
     * of its own land more often than on the home country's.
     */
    private Actor ofSourceCountry(Actor source, Actor target, String home, Function<String, List<Actor>> actorsIn) {
        String country = source.code() == null || source.code().length() < Actor.COUNTRY_CODE ? null
                : source.code().substring(0, Actor.COUNTRY_CODE);
        if (country == null || country.equals(home) || !places.isCountry(country) || target.code() == null
                || !target.code().startsWith(home)) {
            return target;
        }
        for (Actor a : actorsIn.apply(country)) {
            if (a.from() == target.from() && a.to() == target.to() && a.code() != null && a.code().startsWith(country)) {
                return new Actor(target.from(), target.to(), target.span(), target.entity(), a.code(), target.bothSides());
            }
        }
        return target;
    }

    /**
     * The source-target pairs of one trigger: "X dan Y sepakat" with no other target is X with Y; joined
     * subjects, objects or doers of a passive otherwise give one event each ("mendesak Beijing dan Manila").
     */
    private static List<Actor[]> pairs(Clause clause, Trigger t, Actor source, Actor target) {
        Actor partner = clause.conjunctBefore(source);
        if (target == null && partner != null && t.frame() != EventFrame.NOUN) {
            return List.<Actor[]>of(new Actor[] {partner, source});
        }
        List<Actor> sources = new ArrayList<>();
        if (partner != null && t.frame() == EventFrame.ACTIVE) {
            sources.add(partner);
        }
        sources.add(source);
        if (t.frame() == EventFrame.PASSIVE) {
            // "Israel was urged by Indonesia and Malaysia", "ditangkap oleh polisi dan TNI": each doer acts
            sources.addAll(clause.conjunctsAfter(source));
        }
        List<Actor> targets = new ArrayList<>();
        targets.add(target);
        if (target != null && t.frame() != EventFrame.RECIPROCAL) {
            targets.addAll(clause.conjunctsAfter(target));
        }
        List<Actor[]> out = new ArrayList<>();
        for (Actor from : sources) {
            for (Actor to : targets) {
                out.add(new Actor[] {from, to});
            }
        }
        return out;
    }

    private Event event(Article article, Sentence s, Words w, List<DateMention> dates, Mentions mentions,
                        ClauseWords words, Trigger t, CameoCodes.Code c, Actor source, Actor target) {
        Span trigger = new Span(w.span(t.from()).start(), w.span(t.to() - 1).end());
        DateMention stated = dateIn(s.span(), dates);
        return new Event(source.toEventActor(), target == null ? null : target.toEventActor(), c.code(),
                c.plover(), c.ploverMode(), c.quadClass(), c.goldstein(),
                stated != null ? stated.value() : article.published(),
                stated != null ? Event.DateBasis.TEXT : Event.DateBasis.ARTICLE,
                location(w, mentions, words), trigger, evidence(trigger, source, target));
    }

    private static String key(Actor a) {
        return a == null ? "-" : a.entity() != null ? a.entity().id() : a.span().toString();
    }

    private static DateMention dateIn(Span sentence, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (sentence.contains(d.span()) && d.value() != null && d.value().date() != null) {
                return d;
            }
        }
        return null;
    }

    /** The first place the sentence puts something in ("di Jakarta", "in Jakarta"). */
    private static EventLocation location(Words w, Mentions mentions, ClauseWords words) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (words.locatives().contains(w.word(i))) {
                Mentions.Located m = mentions.startingAt(w.span(i + 1).start());
                if (m != null && m.entity().type() == EntityType.LOCATION) {
                    return new EventLocation(m.entity().id(), m.mention().span());
                }
            }
        }
        return null;
    }

    private static Span evidence(Span trigger, Actor source, Actor target) {
        int start = Math.min(trigger.start(), source.span().start());
        int end = Math.max(trigger.end(), source.span().end());
        if (target != null) {
            start = Math.min(start, target.span().start());
            end = Math.max(end, target.span().end());
        }
        return new Span(start, end);
    }

    /**
     * The country actors belong to when the text does not say: the dateline's, else the country of the
     * language's press, else the country the article names most often (its provinces and cities counting).
     */
    private String home(Article article, List<Entity> entities, Language language) {
        if (article.dateline() != null) {
            var c = places.of(article.dateline());
            if (c.isPresent()) {
                return c.get().iso3();
            }
        }
        if (language.pressCountry().isPresent()) {
            return language.pressCountry().get();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.LOCATION) {
                places.of(e.name()).ifPresent(c -> counts.merge(c.iso3(), e.mentions().size(), Integer::sum));
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
