package dev.warta.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Queries over the event records of the corpus (one record per coded event, beside its article). */
public final class EventQueries {
    static final List<String> FACETS = List.of(Fields.EVENT, Fields.ROOT, Fields.ACTOR, Fields.PLACE);
    private static final int FACET_VALUES = 15;
    /** Events of a story's articles: a timeline, not a search, so a generous cap. */
    private static final int MAX_IN_ARTICLES = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CorpusStore store;

    public EventQueries(CorpusStore store) {
        this.store = store;
    }

    public EventPage events(EventRequest r) throws IOException {
        return store.read(s -> {
            Query q = query(r);
            SortField byDate = new SortField(Fields.DATE, SortField.Type.LONG, true);
            byDate.setMissingValue(Long.MIN_VALUE);
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(s, q, (r.page() + 1) * r.size(),
                    new Sort(byDate, SortField.FIELD_DOC), new FacetsCollectorManager());
            TopDocs top = found.topDocs();
            List<ScoreDoc> page = List.of(top.scoreDocs).subList(Math.min(r.page() * r.size(), top.scoreDocs.length),
                    top.scoreDocs.length);
            FacetsCollector collected = found.facetsCollector();
            long total = collected.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            return new EventPage(total, records(s, page), FacetCounter.count(store.facetStates(), s, collected,
                    FACETS, FACET_VALUES), FacetCounter.months(collected, Fields.DATE));
        });
    }

    /** The events of these articles, in date order (undated last). */
    public List<EventRecord> inArticles(Collection<String> articleIds) throws IOException {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return store.read(s -> {
            Query docs = new TermInSetQuery(Fields.DOC, articleIds.stream().map(BytesRef::new).toList());
            Query q = new BooleanQuery.Builder().add(kind(), BooleanClause.Occur.FILTER)
                    .add(docs, BooleanClause.Occur.FILTER).build();
            SortField byDate = new SortField(Fields.DATE, SortField.Type.LONG);
            byDate.setMissingValue(Long.MAX_VALUE);
            return records(s, List.of(s.search(q, MAX_IN_ARTICLES, new Sort(byDate, SortField.FIELD_DOC)).scoreDocs));
        });
    }

    private static Query query(EventRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(), BooleanClause.Occur.FILTER);
        filter(b, Fields.ACTOR, r.actor());
        if (r.code() != null && !r.code().isBlank()) {
            filter(b, r.code().length() == 2 ? Fields.ROOT : Fields.CAMEO, r.code());
        }
        filter(b, Fields.EVENT, r.plover());
        filter(b, Fields.PLACE_KEY, r.place() == null ? null : IndexedArticle.key(r.place()));
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Query kind() {
        return new TermQuery(new Term(Fields.KIND, Fields.EVENT_KIND));
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static List<EventRecord> records(IndexSearcher s, List<ScoreDoc> hits) throws IOException {
        Map<String, Optional<ArticleSummary>> articles = new HashMap<>();
        List<EventRecord> out = new ArrayList<>();
        var fields = s.storedFields();
        for (ScoreDoc hit : hits) {
            var d = fields.document(hit.doc);
            String doc = d.get(Fields.DOC);
            Optional<ArticleSummary> a = articles.get(doc);
            if (a == null) {
                a = ArticleQueries.summary(s, doc);
                articles.put(doc, a);
            }
            out.add(new EventRecord(d.get(Fields.ID), doc, a.map(ArticleSummary::title).orElse(null),
                    a.map(ArticleSummary::outlet).orElse(null), a.map(ArticleSummary::published).orElse(null),
                    JSON.readTree(d.get(Fields.JSON))));
        }
        return out;
    }
}
