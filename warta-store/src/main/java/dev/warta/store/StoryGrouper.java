package dev.warta.store;

import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
 *
 * <p>The stories matching needs stay in memory, so an add costs no index search: a day's window is read
 * from the index once, when its first article comes, and every story this store changes is kept in its
 * newest state (the index has one writer, so what is kept never goes stale). A changed story's record is
 * written once per commit, not again at each article it gains: a long story's record is large.
 */
final class StoryGrouper {
    static final int WINDOW_DAYS = 3;
    static final int MIN_SHARED = 4;
    static final double MIN_OVERLAP = 0.3;
    /** Names a story keeps for matching: enough for a week of reports, bounded for long-running stories. */
    private static final int MAX_TERMS = 400;
    private static final int SHORTEST_TERM = 3;
    /** Stories of the index an undated article is compared with, besides the undated ones in memory. */
    private static final int UNDATED_CANDIDATES = 50;
    /** Stories kept in memory past a commit; beyond this they are dropped there and read again as needed. */
    private static final int MAX_KNOWN = 200_000;
    private final IndexWriter writer;
    private final Map<String, Candidate> known = new HashMap<>();
    private final Map<Long, Set<String>> byDay = new HashMap<>();
    private final Set<String> undated = new LinkedHashSet<>();
    private final Set<Long> loadedDays = new HashSet<>();
    private final Map<String, String> storyOfArticle = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    StoryGrouper(IndexWriter writer) {
        this.writer = writer;
    }

    /** A lookup in the committed index. */
    @FunctionalInterface
    interface Lookup<K, V> {
        V get(K key) throws IOException;
    }

    /**
     * Puts the article in a story; returns the story id. {@code copiedArticle} is the article it is a
     * near-copy of, or null. {@code nearby} reads the stories of a day's window from the index (for an
     * undated article, some stories), {@code storyOf} the story holding an article.
     */
    String assign(Document d, String copiedArticle, Lookup<LocalDate, List<Candidate>> nearby,
                  Lookup<String, Candidate> storyOf) throws IOException {
        Set<String> names = keyNames(d);
        Set<String> terms = terms(d);
        Candidate story = copiedArticle != null ? byArticle(copiedArticle, storyOf) : null;
        if (story == null) {
            story = best(terms, candidates(day(d), nearby));
        }
        Story updated = story == null ? start(d, names) : join(story.story(), d, names);
        Set<String> allTerms = new LinkedHashSet<>(story == null ? Set.of() : story.terms());
        terms.stream().filter(t -> allTerms.size() < MAX_TERMS).forEach(allTerms::add);
        remember(new Candidate(updated, allTerms), List.of(d.id()));
        changed.add(updated.id());
        return updated.id();
    }

    /** A story and the names it is matched by. */
    record Candidate(Story story, Set<String> terms) {
    }

    /** Writes the record of each story changed since the last commit, to go into the next one. */
    void writeChanged() throws IOException {
        for (String id : changed) {
            Candidate c = known.get(id);
            writer.updateDocument(new Term(Fields.ID, id), record(c.story(), c.terms()));
        }
        changed.clear();
    }

    /** After a commit the index holds every story: too many kept in memory are dropped, to be read again. */
    void committed() {
        if (known.size() > MAX_KNOWN) {
            known.clear();
            byDay.clear();
            undated.clear();
            loadedDays.clear();
            storyOfArticle.clear();
        }
    }

    /** The newest state of a story kept in memory (one changed since the last commit among them), else null. */
    Story latest(String id) {
        Candidate c = known.get(id);
        return c == null ? null : c.story();
    }

    private Candidate byArticle(String articleId, Lookup<String, Candidate> storyOf) throws IOException {
        String id = storyOfArticle.get(articleId);
        return id != null ? known.get(id) : kept(storyOf.get(articleId));
    }

    /** The stories an article of this day may join: those of its window and the undated ones. */
    private Collection<Candidate> candidates(LocalDate day, Lookup<LocalDate, List<Candidate>> nearby)
            throws IOException {
        Map<String, Candidate> out = new LinkedHashMap<>();
        if (day == null) {
            nearby.get(null).forEach(c -> out.put(c.story().id(), kept(c)));
        } else {
            if (loadedDays.add(day.toEpochDay())) {
                nearby.get(day).forEach(this::kept);
            }
            for (long d = day.toEpochDay() - WINDOW_DAYS; d <= day.toEpochDay() + WINDOW_DAYS; d++) {
                byDay.getOrDefault(d, Set.of()).forEach(id -> out.put(id, known.get(id)));
            }
        }
        undated.forEach(id -> out.put(id, known.get(id)));
        return out.values();
    }

    /** The kept state of a story read from the index, keeping it when it is new here; null stays null. */
    private Candidate kept(Candidate fromIndex) {
        if (fromIndex == null) {
            return null;
        }
        Candidate k = known.get(fromIndex.story().id());
        if (k != null) {
            return k;
        }
        remember(fromIndex, fromIndex.story().articleIds());
        return fromIndex;
    }

    private void remember(Candidate c, List<String> articles) {
        Story s = c.story();
        known.put(s.id(), c);
        articles.forEach(a -> storyOfArticle.put(a, s.id()));
        if (s.firstDay() == null) {
            undated.add(s.id());
            return;
        }
        undated.remove(s.id());
        long last = LocalDate.parse(s.lastDay()).toEpochDay();
        for (long d = LocalDate.parse(s.firstDay()).toEpochDay(); d <= last; d++) {
            byDay.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(s.id());
        }
    }

    private static Candidate best(Set<String> terms, Collection<Candidate> candidates) {
        Candidate best = null;
        double most = MIN_OVERLAP;
        for (Candidate c : candidates) {
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

    /**
     * Stories of the committed index whose days come within the window of {@code day}, all of them; for
     * no day, the first {@value #UNDATED_CANDIDATES} stories.
     */
    static List<Candidate> nearby(IndexSearcher s, LocalDate day) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.STORY_KIND)), BooleanClause.Occur.FILTER);
        if (day != null) {
            q.add(LongPoint.newRangeQuery(Fields.LAST_DAY, day.toEpochDay() - WINDOW_DAYS, Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
            q.add(LongPoint.newRangeQuery(Fields.FIRST_DAY, Long.MIN_VALUE, day.toEpochDay() + WINDOW_DAYS),
                    BooleanClause.Occur.FILTER);
        }
        BooleanQuery query = q.build();
        int wanted = day == null ? UNDATED_CANDIDATES : s.count(query);
        List<Candidate> out = new ArrayList<>();
        if (wanted == 0) {
            return out;
        }
        StoredFields fields = s.storedFields();
        for (ScoreDoc hit : s.search(query, wanted).scoreDocs) {
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

    /**
     * The names an article is matched by: its entities' names and the capitalised words inside its
     * sentences (a sentence's first word is capitalised anyway), lower case.
     */
    private static Set<String> terms(Document d) {
        Set<String> out = new LinkedHashSet<>();
        d.entities().forEach(e -> out.add(e.name().toLowerCase(Locale.ROOT)));
        // "Tiongkok" and "China", "Moskow" and "Moscow": a place's link is one term in every language
        d.entities().forEach(e -> e.links().forEach((kind, id) -> out.add(kind + ":" + id)));
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
