package dev.warta.event;

import dev.warta.gazetteer.PlaceCountries;
import dev.warta.lang.ClauseWords;
import dev.warta.lang.Language;
import dev.warta.model.Article;
import dev.warta.model.DateMention;
import dev.warta.model.Entity;
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
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Codes events sentence by sentence from the language's trigger lexicon: each trigger outside a direct
 * quote that is stated as a fact (no negation, future, condition or denial before it in its clause)
 * and has a source actor becomes one event, coded with the trigger's CAMEO code and what the code
 * table says of it. The lexicon lists CAMEO 01x only for acts that are more than speech (declining to
 * comment, reviewing a proposal); PLOVER drops them, so their {@code plover} is null.
 *
 * <p>For each sentence, {@link SentenceTriggers} finds the triggers, {@link SentenceActors} the actors and
 * {@link SentenceEvents} codes the events; this class holds the tables and what spans the whole document.
 */
public final class RuleEventCoder implements EventCoder {
    private final CameoCodes codes;
    private final PlaceCountries places;
    /** The places with the other names each language gives them, by language code. */
    private final Map<String, PlaceCountries> placesByLanguage = new ConcurrentHashMap<>();
    private final OfficeHolders holders;
    private final CameoConventions conventions;

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
        PlaceCountries languagePlaces = placesByLanguage.computeIfAbsent(language.code(),
                l -> places.withNames(language.placeNames()));
        String home = HomeCountry.of(article, entities, language, places);
        ClauseWords c = language.clauses();
        ActorCoder coder = new ActorCoder(language.actors(), languagePlaces, holders, day, home, mentions::entity,
                c.locatives());
        List<Span> direct = quotes.stream().filter(Quote::direct).map(Quote::content).toList();
        IntPredicate quoted = o -> direct.stream().anyMatch(s -> s.start() <= o && o < s.end());
        Set<String> markers = new HashSet<>();
        List.of(c.passiveAgents(), c.partners(), c.targetMarkers(), c.locatives(), c.between(), c.conjunctions())
                .forEach(markers::addAll);
        List<Event> out = new ArrayList<>();
        LastInteraction told = new LastInteraction();
        for (Sentence s : sentences) {
            Words w = new Words(text, s);
            TriggerLinks links = new TriggerLinks(w, c);
            SentenceTriggers found = new SentenceTriggers(text, w, language.events(), c, links);
            EventRecords records = new EventRecords(article, s, w, dates, mentions, c);
            EventLocation where = records.location();
            String placed = where == null ? null
                    : languagePlaces.of(mentions.entity(where.entityId()).name()).map(PlaceCountries.Country::iso3)
                            .orElse(null);
            Map<String, List<Actor>> byCountry = new HashMap<>();
            // "milisi bersenjata ... di Mogadishu": actors the text gives no country are of where it happens
            Function<String, List<Actor>> actorsIn = country -> byCountry.computeIfAbsent(String.valueOf(country),
                    k -> new SentenceActors(text, w, mentions, coder.in(country), language.actors(),
                            language.speech().pronouns(), markers, c, found::eventAt, languagePlaces, quoted).find());
            List<Actor> actors = actorsIn.apply(placed);
            List<Trigger> triggers = found.outside(actors, quoted);
            CodedTargets coded = new CodedTargets(conventions, places, home, placed, actorsIn);
            out.addAll(new SentenceEvents(text, w, actors, triggers, c, links).code(codes, coded, records, told));
        }
        return out;
    }
}
