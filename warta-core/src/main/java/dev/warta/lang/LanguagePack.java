package dev.warta.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A language whose rules are data: the subclass passes its patterns and calendar words, and keeps its
 * word lists beside itself as resources: {@code outlets.txt}, {@code abbreviations.txt},
 * {@code terminal-abbreviations.txt}, {@code boilerplate-markup.txt}, {@code honorifics.txt},
 * {@code place-names.txt} (one place per line, its names separated by '|') and {@code role-titles.txt}
 * (title, a '|', its English gloss); and for quotes and events {@code speech-words.txt} and
 * {@code clause-words.txt} (see {@link KeyedWords}), {@code event-verbs.tsv}, {@code actor-names.tsv} and
 * {@code actor-agents.tsv}.
 */
public abstract class LanguagePack implements Language {
    private final String code;
    private final List<BoilerplateRule> boilerplate;
    private final CreditRules credits;
    private final CitationRules citations;
    private final CalendarWords calendar;
    private final Set<String> nameConnectors;
    private final Set<String> outletNames;
    private final Set<String> abbreviations;
    private final Set<String> terminalAbbreviations;
    private final Set<String> boilerplateMarkup;
    private final Set<String> moreArticlesHeadings;
    private final Set<String> honorifics;
    private final Map<String, Set<String>> placeNames;
    private final Map<String, String> roleTitles;
    private final SpeechWords speech;
    /** Read on first use: the English list is 12,000 words from a gzip, and many packs are built in tests. */
    private volatile Set<String> commonWords;
    private final ClauseWords clauses;
    private final EventLexicon events;
    private final ActorWords actors;

    protected LanguagePack(String code, List<BoilerplateRule> boilerplate, CreditRules credits,
                           CitationRules citations, CalendarWords calendar, Set<String> nameConnectors) {
        this.code = code;
        this.boilerplate = List.copyOf(boilerplate);
        this.credits = credits;
        this.citations = citations;
        this.calendar = calendar;
        this.nameConnectors = Set.copyOf(nameConnectors);
        this.outletNames = WordList.read(getClass(), "outlets.txt").stream().map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.abbreviations = Set.copyOf(WordList.read(getClass(), "abbreviations.txt"));
        this.terminalAbbreviations = Set.copyOf(WordList.read(getClass(), "terminal-abbreviations.txt"));
        this.honorifics = Set.copyOf(WordList.read(getClass(), "honorifics.txt"));
        Map<String, String> titles = new HashMap<>();
        for (String line : WordList.read(getClass(), "role-titles.txt")) {
            String[] parts = line.split("\\s*\\|\\s*");
            titles.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : parts[0]);
        }
        this.roleTitles = Map.copyOf(titles);
        Map<String, Set<String>> places = new HashMap<>();
        for (String line : WordList.read(getClass(), "place-names.txt")) {
            Set<String> names = Set.of(line.split("\\s*\\|\\s*"));
            names.forEach(n -> places.put(n.toLowerCase(Locale.ROOT), names));
        }
        this.placeNames = Map.copyOf(places);
        this.boilerplateMarkup = WordList.read(getClass(), "boilerplate-markup.txt").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.moreArticlesHeadings = Set.copyOf(WordList.read(getClass(), "more-articles-headings.txt"));
        this.speech = SpeechWords.from(KeyedWords.read(getClass(), "speech-words.txt"));
        this.clauses = ClauseWords.from(KeyedWords.read(getClass(), "clause-words.txt"));
        this.events = EventLexicon.read(getClass(), "event-verbs.tsv", this::activeForms, clauses.quantities(),
                clauses.objectEnclitics());
        this.actors = ActorWords.read(getClass());
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final List<BoilerplateRule> boilerplate() {
        return boilerplate;
    }

    @Override
    public final CreditRules credits() {
        return credits;
    }

    @Override
    public final CitationRules citations() {
        return citations;
    }

    @Override
    public final Set<String> outletNames() {
        return outletNames;
    }

    @Override
    public final Set<String> abbreviations() {
        return abbreviations;
    }

    @Override
    public final Set<String> terminalAbbreviations() {
        return terminalAbbreviations;
    }

    @Override
    public final Map<String, String> roleTitles() {
        return roleTitles;
    }

    @Override
    public final Map<String, Set<String>> placeNames() {
        return placeNames;
    }

    @Override
    public final Set<String> commonWords() {
        Set<String> words = commonWords;
        if (words == null) {
            synchronized (this) {
                if (commonWords == null) {
                    commonWords = getClass().getResource(CommonWordsBuilder.RESOURCE) == null ? Set.of()
                            : Set.copyOf(WordList.read(getClass(), CommonWordsBuilder.RESOURCE));
                }
                words = commonWords;
            }
        }
        return words;
    }

    public final Set<String> honorifics() {
        return honorifics;
    }

    @Override
    public final Set<String> boilerplateMarkup() {
        return boilerplateMarkup;
    }

    @Override
    public final Set<String> moreArticlesHeadings() {
        return moreArticlesHeadings;
    }

    @Override
    public final CalendarWords calendar() {
        return calendar;
    }

    @Override
    public final Set<String> nameConnectors() {
        return nameConnectors;
    }

    @Override
    public final SpeechWords speech() {
        return speech;
    }

    @Override
    public final ClauseWords clauses() {
        return clauses;
    }

    @Override
    public final EventLexicon events() {
        return events;
    }

    @Override
    public final ActorWords actors() {
        return actors;
    }

    /** None by default; a language whose press is mostly one country's names it (Indonesian: IDN). */
    @Override
    public Optional<String> pressCountry() {
        return Optional.empty();
    }

    /**
     * The active forms a passive word may come from, for the event lexicon ("dipukul" -> "memukul"); none by
     * default. Called while the pack is constructed, so it may use only its argument.
     */
    protected List<String> activeForms(String word) {
        return List.of();
    }
}
