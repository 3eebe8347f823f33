package dev.warta.lang;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a stage needs to know about one language. Stages reach language-specific rules only
 * through this interface; each language is one package ({@code id}, {@code en}) registered with
 * {@link java.util.ServiceLoader}, so adding a language adds a package and touches no stage.
 */
public interface Language {

    /** ISO 639-1 code. */
    String code();

    /** Lines (or line prefixes) that are page furniture rather than article text. */
    List<BoilerplateRule> boilerplate();

    /** Credit lines and desk codes. */
    CreditRules credits();

    /** Phrases that cite where the article's facts come from ("dilansir dari", "according to"). */
    CitationRules citations();

    /** Names of news outlets written in this language's press, as brands appear in leads and bylines. */
    Set<String> outletNames();

    /** Abbreviations whose period never ends a sentence ("Dr", "H", "No"), case as written. */
    Set<String> abbreviations();

    /** Abbreviations whose period may also end a sentence ("dll", "Tbk", "etc"), case as written. */
    Set<String> terminalAbbreviations();

    /** Month, weekday and time-zone words for dates. */
    CalendarWords calendar();

    /**
     * Words in class and id attributes that mark page furniture on this language's sites
     * ("baca-juga", "linksisip", "terkait"), lower case; the general web ones are the extractor's own.
     */
    Set<String> boilerplateMarkup();

    /**
     * Headings over a list of other articles that closes a page's text ("You might also like", "Berita
     * terkait"), lower case; a closing {@code *} stands for a few more words ("more from *").
     */
    Set<String> moreArticlesHeadings();

    /**
     * Honorifics and academic or religious titles that stand before or after a person's name without
     * being part of it ("Bapak", "H.", "Dr.", "S.H."), as written.
     */
    Set<String> honorifics();

    /** Titles that stand before a person's name ("menteri luar negeri"), lower case, with their English gloss. */
    Map<String, String> roleTitles();

    /**
     * Names of one foreign place as this language's press writes it and as others do, each set of names
     * of one place ("Moskow", "Moskwa", "Moscow"), keyed by every name in lower case.
     */
    Map<String, Set<String>> placeNames();

    /**
     * Lower-case words common in this language's running text ("mining", "cup"), which alone are nobody's
     * name; empty when the language ships no such list.
     */
    Set<String> commonWords();

    /** Lower-case function words that may stand inside a proper name ("dan", "of", "the"). */
    Set<String> nameConnectors();

    /** Words that attribute speech to a speaker, for quotes. */
    SpeechWords speech();

    /** Function words that decide whether and how a clause reports an event. */
    ClauseWords clauses();

    /** Event triggers with their CAMEO codes and frames. */
    EventLexicon events();

    /** Institutions, offices and agent nouns with their CAMEO actor codes. */
    ActorWords actors();

    /**
     * The country whose press mostly writes in this language (ISO 3166 alpha-3), for actors whose country
     * the text does not say; empty for languages written across many countries.
     */
    Optional<String> pressCountry();
}
