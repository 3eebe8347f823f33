package dev.warta.store;

import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Groups articles into stories online, as they are added: an article joins the story of the article it
 * copies, else the story within {@value #WINDOW_DAYS} days whose names it shares most, else it starts a
 * story. The names are the entities and the capitalised words inside sentences ("Pati", "Juwana", "BPBD",
 * "Lewotobi"), so reports in another language or without recognised entities still meet; a story needs at
 * least {@value #MIN_SHARED} shared names making {@value #MIN_OVERLAP} of the smaller set.
 */
final class StoryGrouper {
    static final int WINDOW_DAYS = 3;
    static final int MIN_SHARED = 4;
    static final double MIN_OVERLAP = 0.3;
    /** Names a story keeps for matching: enough for a week of reports, bounded for long-running stories. */
    private static final int MAX_TERMS = 400;
    private static final int SHORTEST_TERM = 3;
    private static final int CANDIDATES = 50;
    private final IndexWriter writer;
    private final Map<String, Story> session = new HashMap<>();
    private final Map<String, Set<String>> sessionTerms = new HashMap<>();
    private final Map<String, String> storyOfArticle = new HashMap<>();

    StoryGrouper(IndexWriter writer) {
        this.writer = writer;
    }

    /** A lookup in the committed index. */
    @FunctionalInterface
    interface Lookup<K, V> {
        V get(K key) throws IOException;
    }

    /**
     * Puts the article in a story and writes that story; returns the story id. {@code copiedArticle} is
     * the article it is a near-copy of, or null.
     */
    String assign(Document d, String copiedArticle, Lookup<LocalDate, List<Candidate>> nearby,
                  Lookup<String, Candidate> storyOf) throws IOException {
        Set<String> names = keyNames(d);
        Set<String> terms = terms(d);
        Candidate story = copiedArticle != null ? byArticle(copiedArticle, storyOf) : null;
        if (story == null) {
            story = best(d, terms, nearby);
        }
        Story updated = story == null ? start(d, names) : join(story.story(), d, names);
        Set<String> allTerms = new LinkedHashSet<>(story == null ? Set.of() : story.terms());
        terms.stream().filter(t -> allTerms.size() < MAX_TERMS).forEach(allTerms::add);
        session.put(updated.id(), updated);
        sessionTerms.put(updated.id(), allTerms);
        updated.articleIds().forEach(a -> storyOfArticle.put(a, updated.id()));
        writer.updateDocument(new Term(Fields.ID, updated.id()), record(updated, allTerms));
        return updated.id();
    }

    /** A story and the names it is matched by. */
    record Candidate(Story story, Set<String> terms) {
    }

    /** After a commit the index holds every story: the session forgets its own copies. */
    void committed() {
        session.clear();
        sessionTerms.clear();
        storyOfArticle.clear();
    }

    /** Stories touched in this session, newest state, for reads before a commit. */
    Story sessionStory(String id) {
        return session.get(id);
    }

    private Candidate byArticle(String articleId, Lookup<String, Candidate> storyOf) throws IOException {
        String id = storyOfArticle.get(articleId);
        return id != null ? current(id) : storyOf.get(articleId);
    }

    private Candidate current(String id) {
        return new Candidate(session.get(id), sessionTerms.get(id));
    }

    private Candidate best(Document d, Set<String> terms, Lookup<LocalDate, List<Candidate>> nearby) throws IOException {
        LocalDate day = day(d);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        nearby.get(day).forEach(c -> candidates.put(c.story().id(), c));
        for (Story s : session.values()) {
            if (within(s, day)) {
                candidates.put(s.id(), current(s.id()));
            }
        }
        Candidate best = null;
        double most = MIN_OVERLAP;
        for (Candidate c : candidates.values()) {
            long shared = terms.stream().filter(c.terms()::contains).count();
            int smaller = Math.min(terms.size(), c.terms().size());
            double overlap = smaller == 0 ? 0 : (double) shared / smaller;
            if (shared >= MIN_SHARED && overlap >= most) {
                best = c;
                most = overlap;
            }
        }
        return best;
    }

    private static Story start(Document d, Set<String> names) {
        String day = day(d) == null ? null : day(d).toString();
        return new Story("s" + d.id(), label(d), List.of(d.id()), List.copyOf(names), day, day);
    }

    private static Story join(Story s, Document d, Set<String> names) {
        List<String> articles = new ArrayList<>(s.articleIds());
        articles.add(d.id());
        Set<String> entities = new LinkedHashSet<>(s.entities());
        entities.addAll(names);
        LocalDate day = day(d);
        String first = s.firstDay();
        String last = s.lastDay();
        if (day != null) {
            first = first == null || day.toString().compareTo(first) < 0 ? day.toString() : first;
            last = last == null || day.toString().compareTo(last) > 0 ? day.toString() : last;
        }
        return new Story(s.id(), s.label(), articles, List.copyOf(entities), first, last);
    }

    private static org.apache.lucene.document.Document record(Story s, Set<String> terms) {
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.KIND, Fields.STORY_KIND, Field.Store.NO));
        d.add(new StringField(Fields.ID, s.id(), Field.Store.YES));
        d.add(new StoredField(Fields.LABEL, s.label()));
        s.articleIds().forEach(a -> d.add(new StringField(Fields.DOC, a, Field.Store.YES)));
        s.entities().forEach(e -> d.add(new StringField(Fields.ENTITY, e, Field.Store.YES)));
        terms.forEach(t -> d.add(new StoredField(Fields.TERMS, t)));
        if (s.firstDay() != null) {
            long first = LocalDate.parse(s.firstDay()).toEpochDay();
            long last = LocalDate.parse(s.lastDay()).toEpochDay();
            d.add(new LongPoint(Fields.FIRST_DAY, first));
            d.add(new LongPoint(Fields.LAST_DAY, last));
            d.add(new StoredField(Fields.FIRST_DAY, s.firstDay()));
            d.add(new StoredField(Fields.LAST_DAY, s.lastDay()));
            d.add(new NumericDocValuesField(Fields.LAST_DAY, last));
        }
        return d;
    }

    /** Stories of the committed index whose days come within the window of {@code day}. */
    static List<Candidate> nearby(IndexSearcher s, LocalDate day) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.STORY_KIND)), BooleanClause.Occur.FILTER);
        if (day != null) {
            q.add(LongPoint.newRangeQuery(Fields.LAST_DAY, day.toEpochDay() - WINDOW_DAYS, Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
            q.add(LongPoint.newRangeQuery(Fields.FIRST_DAY, Long.MIN_VALUE, day.toEpochDay() + WINDOW_DAYS),
                    BooleanClause.Occur.FILTER);
        }
        List<Candidate> out = new ArrayList<>();
        StoredFields fields = s.storedFields();
        for (ScoreDoc hit : s.search(q.build(), CANDIDATES).scoreDocs) {
            out.add(candidate(fields.document(hit.doc)));
        }
        return out;
    }

    /** The committed story holding an article, or null. */
    static Candidate ofArticle(IndexSearcher s, String articleId) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.STORY_KIND)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC, articleId)), BooleanClause.Occur.FILTER).build();
        ScoreDoc[] hits = s.search(q, 1).scoreDocs;
        return hits.length == 0 ? null : candidate(s.storedFields().document(hits[0].doc));
    }

    private static Candidate candidate(org.apache.lucene.document.Document d) {
        return new Candidate(story(d), new LinkedHashSet<>(List.of(d.getValues(Fields.TERMS))));
    }

    static Story story(org.apache.lucene.document.Document d) {
        return new Story(d.get(Fields.ID), d.get(Fields.LABEL), List.of(d.getValues(Fields.DOC)),
                List.of(d.getValues(Fields.ENTITY)), d.get(Fields.FIRST_DAY), d.get(Fields.LAST_DAY));
    }

    private boolean within(Story s, LocalDate day) {
        if (day == null || s.firstDay() == null) {
            return true;
        }
        return !day.isBefore(LocalDate.parse(s.firstDay()).minusDays(WINDOW_DAYS))
                && !day.isAfter(LocalDate.parse(s.lastDay()).plusDays(WINDOW_DAYS));
    }

    /**
     * The names an article is matched by: its entities' names and the capitalised words inside its
     * sentences (a sentence's first word is capitalised anyway), lower case.
     */
    private static Set<String> terms(Document d) {
        Set<String> out = new LinkedHashSet<>();
        d.entities().forEach(e -> out.add(e.name().toLowerCase(Locale.ROOT)));
        String text = d.article().text();
        for (var sentence : d.sentences()) {
            var tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String word = tokens.get(i).span().of(text);
                if (word.length() >= SHORTEST_TERM && Character.isUpperCase(word.codePointAt(0))
                        && word.chars().allMatch(Character::isLetter)) {
                    out.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Persons and organizations named in the article, by their fullest name. */
    private static Set<String> keyNames(Document d) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : d.entities()) {
            if (e.type() != EntityType.LOCATION) {
                out.add(e.name());
            }
        }
        return out;
    }

    private static LocalDate day(Document d) {
        return d.article().published() == null ? null : d.article().published().date();
    }

    private static String label(Document d) {
        String title = d.article().title();
        if (title != null && !title.isBlank()) {
            return title;
        }
        String text = d.article().text().strip();
        int end = text.indexOf(". ");
        String first = end > 0 ? text.substring(0, end + 1) : text;
        return first.length() <= 120 ? first : first.substring(0, 117) + "...";
    }
}
