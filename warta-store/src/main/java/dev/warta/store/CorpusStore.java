package dev.warta.store;

import dev.warta.export.GdeltEventWriter;
import dev.warta.json.DocumentJson;
import dev.warta.model.Document;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The corpus under a data directory: one Lucene index of articles, their events and their sources.
 * Adding is idempotent (a document's id comes from its URL, else its content; an id already stored is
 * skipped) and an exact copy of a stored text adds only its source. Near-copies (MinHash over word
 * shingles) join the duplicate group of the article they copy. What {@link #commit} wrote survives a
 * crash; a run that is killed loses only what it added since, and its next run adds that again.
 */
public final class CorpusStore implements Closeable {
    /** Estimated shingle overlap from which two texts are copies of one story (edits, new headline, added lines). */
    static final double NEAR_COPY = 0.5;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = Fields.facets();
    private final FacetStates facetStates = new FacetStates(facets);
    private final DocumentJson json = new DocumentJson(false);
    private final GdeltEventWriter gdelt = new GdeltEventWriter(Instant.now());
    private final Set<String> sessionIds = new HashSet<>();
    private final Map<String, String> sessionHashes = new HashMap<>();
    private final StoryGrouper stories;
    /** Read from the index at the first add: a store opened to read, or to add nothing, never needs it. */
    private NearCopies nearCopies;

    private CorpusStore(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.stories = new StoryGrouper(writer);
    }

    private CorpusStore(SearcherManager readOnly) {
        this.writer = null;
        this.searchers = readOnly;
        this.stories = null;
    }

    /**
     * Opens the corpus for reading only: takes no write lock, so {@code warta ingest} can add to it while it
     * is served, and each read sees the last commit.
     */
    public static CorpusStore openReadOnly(Path dataDir) throws IOException {
        return new CorpusStore(new SearcherManager(FSDirectory.open(dataDir.resolve("index")), null));
    }

    /** Opens the corpus under {@code dataDir} (its index in {@code dataDir/index}), creating it if needed. */
    public static CorpusStore open(Path dataDir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Fields.analyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new CorpusStore(new IndexWriter(FSDirectory.open(dataDir.resolve("index")), config));
    }

    /** Whether an article with this id is stored (committed, or added in this session). */
    public boolean contains(String id) throws IOException {
        return sessionIds.contains(id) || count(articleWith(Fields.ID, id)) > 0;
    }

    public IngestOutcome add(Document d) throws IOException {
        writable();
        if (contains(d.id())) {
            return new IngestOutcome(IngestOutcome.Kind.ALREADY_STORED, d.id(), null, null);
        }
        IndexedArticle a = new IndexedArticle(d, json.tree(d), gdelt.rows(d));
        String original = exactCopyOf(a.contentHash());
        sessionIds.add(d.id());
        if (original != null) {
            writer.addDocument(a.source(original));
            return new IngestOutcome(IngestOutcome.Kind.EXACT_COPY, original, null, null);
        }
        String group = nearCopies().closestGroup(a.signature(), NEAR_COPY).orElse(d.id());
        String story = stories.assign(d, group.equals(d.id()) ? null : group,
                day -> read(s -> StoryGrouper.nearby(s, day)), article -> read(s -> StoryGrouper.ofArticle(s, article)));
        writer.addDocument(facets.build(a.article(group, story)));
        for (var e : a.events()) {
            writer.addDocument(facets.build(e));
        }
        writer.addDocument(a.source(d.id()));
        sessionHashes.put(a.contentHash(), d.id());
        nearCopies.add(a.signature(), group);
        return new IngestOutcome(IngestOutcome.Kind.ADDED, d.id(), group, story);
    }

    /** Makes everything added so far durable and visible to searches. */
    public void commit() throws IOException {
        writable();
        stories.writeChanged();
        writer.commit();
        searchers.maybeRefreshBlocking();
        // what was added is now in the searchable index: the session's own lookups would only grow
        sessionIds.clear();
        sessionHashes.clear();
        stories.committed();
    }

    /** The number of stored articles. */
    public int articles() throws IOException {
        return count(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)));
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return read(s -> new Searcher(s, facetStates).search(request));
    }

    /** The stored document JSON (warta.document/1) of an article. */
    public Optional<String> article(String id) throws IOException {
        return firstStored(articleWith(Fields.ID, id), Fields.JSON);
    }

    /**
     * Ids of the articles in the duplicate group of {@code id}, the article itself included, the origin
     * first: the earliest published (undated articles after dated ones, in the order they were added).
     */
    public List<String> copies(String id) throws IOException {
        Optional<String> group = firstStored(articleWith(Fields.ID, id), Fields.DUP_GROUP);
        if (group.isEmpty()) {
            return List.of();
        }
        return read(s -> {
            Sort earliest = new Sort(new SortField(Fields.PUBLISHED_AT, SortField.Type.LONG) {
                {
                    setMissingValue(Long.MAX_VALUE);
                }
            }, SortField.FIELD_DOC);
            List<String> out = new ArrayList<>();
            StoredFields fields = s.storedFields();
            for (ScoreDoc hit : s.search(articleWith(Fields.DUP_GROUP, group.get()), 1000, earliest).scoreDocs) {
                out.add(fields.document(hit.doc).get(Fields.ID));
            }
            return out;
        });
    }

    /** Stories, the most recent first (by their last day). */
    public List<Story> stories(int page, int size) throws IOException {
        return read(s -> {
            Query q = new TermQuery(new Term(Fields.KIND, Fields.STORY_KIND));
            Sort byLastDay = new Sort(new SortField(Fields.LAST_DAY, SortField.Type.LONG, true));
            ScoreDoc[] hits = s.search(q, (page + 1) * size, byLastDay).scoreDocs;
            List<Story> out = new ArrayList<>();
            StoredFields fields = s.storedFields();
            for (int i = page * size; i < hits.length; i++) {
                out.add(StoryGrouper.story(fields.document(hits[i].doc)));
            }
            return out;
        });
    }

    public Optional<Story> story(String id) throws IOException {
        Story latest = stories == null ? null : stories.latest(id);
        if (latest != null) {
            return Optional.of(latest);
        }
        return read(s -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.STORY_KIND)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER).build();
            ScoreDoc[] hits = s.search(q, 1).scoreDocs;
            return hits.length == 0 ? Optional.<Story>empty()
                    : Optional.of(StoryGrouper.story(s.storedFields().document(hits[0].doc)));
        });
    }

    /** The source records (JSON) an article was read from: itself and its exact copies. */
    public List<String> sources(String id) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.SOURCE_KIND)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC, id)), BooleanClause.Occur.FILTER).build();
        return allStored(q, Fields.SOURCE);
    }

    /** The facet ordinals of the index snapshots, shared by the query classes. */
    FacetStates facetStates() {
        return facetStates;
    }

    /** A read of the index: a query class of this package runs on the latest committed snapshot. */
    @FunctionalInterface
    interface IndexRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    <T> T read(IndexRead<T> read) throws IOException {
        if (writer == null) {
            searchers.maybeRefresh();
        }
        IndexSearcher s = searchers.acquire();
        try {
            return read.apply(s);
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            // closing commits what was added (Lucene's default), so the stories it changed go with it
            stories.writeChanged();
            writer.close();
        }
    }

    private void writable() {
        if (writer == null) {
            throw new IllegalStateException("the corpus was opened read-only");
        }
    }

    private String exactCopyOf(String contentHash) throws IOException {
        String inSession = sessionHashes.get(contentHash);
        return inSession != null ? inSession : firstStored(articleWith(Fields.CONTENT_HASH, contentHash), Fields.ID)
                .orElse(null);
    }

    private NearCopies nearCopies() throws IOException {
        if (nearCopies == null) {
            nearCopies = read(s -> NearCopies.of(s.getIndexReader()));
        }
        return nearCopies;
    }

    private static Query articleWith(String field, String value) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER).build();
    }

    private int count(Query q) throws IOException {
        return read(s -> s.count(q));
    }

    private Optional<String> firstStored(Query q, String field) throws IOException {
        List<String> all = allStored(q, field);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    private List<String> allStored(Query q, String field) throws IOException {
        return read(s -> {
            List<String> out = new ArrayList<>();
            StoredFields fields = s.storedFields();
            for (ScoreDoc hit : s.search(q, 1000).scoreDocs) {
                out.add(fields.document(hit.doc).get(field));
            }
            return out;
        });
    }
}
