package dev.warta.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The fields of the index. Every record has a {@code kind} (article, event, source, story). Article text is
 * indexed twice: unstemmed in {@code text} for every language, and stemmed by the language's Lucene
 * analyzer in {@code text_<lang>} (Indonesian over-stems some words, so the unstemmed field stays beside it).
 */
final class Fields {
    static final String KIND = "kind";
    static final String ID = "id";
    static final String DOC = "doc";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String OUTLET = "outlet";
    static final String LANG = "lang";
    static final String PUBLISHED = "published";
    static final String MONTH = "month";
    /** Publication time in epoch seconds, to order copies of one story. */
    static final String PUBLISHED_AT = "publishedAt";
    static final String ENTITY = "entity";
    static final String EVENT = "event";
    static final String ACTOR = "actor";
    static final String CITES = "cites";
    static final String CONTENT_HASH = "contentHash";
    /** The MinHash signature of an article (doc values only). */
    static final String SIGNATURE = "signature";
    static final String DUP_GROUP = "dupGroup";
    static final String JSON = "json";
    static final String SOURCE = "source";
    static final String CAMEO = "cameo";
    static final String ROOT = "root";
    static final String DATE = "date";
    static final String PLACE = "place";
    /** The place lower-cased, for filters typed in any case. */
    static final String PLACE_KEY = "placeKey";
    static final String STORY = "story";
    static final String LABEL = "label";
    /** The names a story is matched by (stored only). */
    static final String TERMS = "terms";
    static final String GDELT = "gdelt";
    static final String FIRST_DAY = "firstDay";
    static final String LAST_DAY = "lastDay";

    static final String ARTICLE = "article";
    static final String EVENT_KIND = "event";
    static final String SOURCE_KIND = "source";
    static final String STORY_KIND = "story";

    /** The stemming analyzer of each language Lucene has one for. */
    static final Map<String, Analyzer> STEMMED = Map.of("id", new IndonesianAnalyzer(), "ms", new IndonesianAnalyzer(),
            "en", new EnglishAnalyzer());

    private Fields() {
    }

    static String stemmed(String lang) {
        return TEXT + "_" + lang;
    }

    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        STEMMED.forEach((lang, a) -> perField.put(stemmed(lang), a));
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    static FacetsConfig facets() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : new String[] {ENTITY, EVENT, ACTOR, CITES}) {
            c.setMultiValued(dim, true);
        }
        return c;
    }
}
