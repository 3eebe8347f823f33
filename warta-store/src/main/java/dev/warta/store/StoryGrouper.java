package dev.warta.store;

import dev.warta.model.Document;
import dev.warta.model.Entity;
import dev.warta.model.EntityType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * copies, else the story within {@value #WINDOW_DAYS} days whose named persons and organizations it shares
 * most (at least {@value #MIN_SHARED} of them, and a Jaccard overlap of {@value #MIN_OVERLAP}); else it
 * starts a story. Places alone do not make a story: two floods in one city are two happenings.
 */
final class StoryGrouper {
    static final int WINDOW_DAYS = 3;
    static final int MIN_SHARED = 2;
    static final double MIN_OVERLAP = 0.25;
    private static final int CANDIDATES = 50;
    private final IndexWriter writer;
    private final Map<String, Story> session = new HashMap<>();
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
    String assign(Document d, String copiedArticle, Lookup<LocalDate, List<Story>> nearby,
                  Lookup<String, Story> storyOf) throws IOException {
        Set<String> names = keyNames(d);
        Story story = copiedArticle != null ? byArticle(copiedArticle, storyOf) : null;
        if (story == null) {
            story = best(d, names, nearby);
        }
        Story updated = story == null ? start(d, names) : join(story, d, names);
        session.put(updated.id(), updated);
        updated.articleIds().forEach(a -> storyOfArticle.put(a, updated.id()));
        writer.updateDocument(new Term(Fields.ID, updated.id()), record(updated));
        return updated.id();
    }

    /** Stories touched in this session, newest state, for reads before a commit. */
    Story sessionStory(String id) {
        return session.get(id);
    }

    private Story byArticle(String articleId, Lookup<String, Story> storyOf) throws IOException {
        String id = storyOfArticle.get(articleId);
        return id != null ? session.get(id) : storyOf.get(articleId);
    }

    private Story best(Document d, Set<String> names, Lookup<LocalDate, List<Story>> nearby) throws IOException {
        LocalDate day = day(d);
        List<Story> candidates = new ArrayList<>(nearby.get(day));
        for (Story s : session.values()) {
            if (within(s, day) && candidates.stream().noneMatch(c -> c.id().equals(s.id()))) {
                candidates.add(s);
            }
        }
        Story best = null;
        double most = MIN_OVERLAP;
        for (Story c : candidates) {
            Story current = session.getOrDefault(c.id(), c);
            Set<String> theirs = new LinkedHashSet<>(current.entities());
            long shared = names.stream().filter(theirs::contains).count();
            Set<String> union = new LinkedHashSet<>(theirs);
            union.addAll(names);
            double overlap = union.isEmpty() ? 0 : (double) shared / union.size();
            if (shared >= MIN_SHARED && overlap >= most) {
                best = current;
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

    private static org.apache.lucene.document.Document record(Story s) {
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.KIND, Fields.STORY_KIND, Field.Store.NO));
        d.add(new StringField(Fields.ID, s.id(), Field.Store.YES));
        d.add(new StoredField(Fields.LABEL, s.label()));
        s.articleIds().forEach(a -> d.add(new StringField(Fields.DOC, a, Field.Store.YES)));
        s.entities().forEach(e -> d.add(new StringField(Fields.ENTITY, e, Field.Store.YES)));
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
    static List<Story> nearby(IndexSearcher s, LocalDate day) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.STORY_KIND)), BooleanClause.Occur.FILTER);
        if (day != null) {
            q.add(LongPoint.newRangeQuery(Fields.LAST_DAY, day.toEpochDay() - WINDOW_DAYS, Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
            q.add(LongPoint.newRangeQuery(Fields.FIRST_DAY, Long.MIN_VALUE, day.toEpochDay() + WINDOW_DAYS),
                    BooleanClause.Occur.FILTER);
        }
        List<Story> out = new ArrayList<>();
        StoredFields fields = s.storedFields();
        for (ScoreDoc hit : s.search(q.build(), CANDIDATES).scoreDocs) {
            out.add(story(fields.document(hit.doc)));
        }
        return out;
    }

    /** The committed story holding an article, or null. */
    static Story ofArticle(IndexSearcher s, String articleId) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.STORY_KIND)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC, articleId)), BooleanClause.Occur.FILTER).build();
        ScoreDoc[] hits = s.search(q, 1).scoreDocs;
        return hits.length == 0 ? null : story(s.storedFields().document(hits[0].doc));
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
