package dev.warta.store;

import dev.warta.store.SearchResult.FacetCount;
import dev.warta.store.SearchResult.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Runs one {@link SearchRequest} on one index snapshot: the query, the filters, a page of hits, facets. */
final class Searcher {
    static final List<String> FACETS = List.of(Fields.OUTLET, Fields.LANG, Fields.MONTH, Fields.ENTITY, Fields.EVENT,
            Fields.ACTOR, Fields.CITES);
    private static final int FACET_VALUES = 10;
    private static final String[] SEARCHED = {Fields.TITLE, Fields.TEXT, Fields.stemmed("id"), Fields.stemmed("en")};
    /** What a hit shows: its stored document JSON, the largest field, is left unread. */
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.OUTLET, Fields.PUBLISHED,
            Fields.LANG, Fields.URL, Fields.DUP_GROUP);
    private final IndexSearcher searcher;
    private final FacetStates states;

    Searcher(IndexSearcher searcher, FacetStates states) {
        this.searcher = searcher;
        this.states = states;
    }

    SearchResult search(SearchRequest r) throws IOException {
        Query text = text(r.query());
        Query query = filtered(text, r);
        FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query,
                (r.page() + 1) * r.size(), sort(r), new FacetsCollectorManager());
        TopDocs top = found.topDocs();
        List<Hit> hits = hits(top, r, query, text);
        return new SearchResult(top.totalHits.value(), hits, facets(found.facetsCollector()));
    }

    static Query text(String query) {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCHED, Fields.analyzer(),
                Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f, Fields.stemmed("id"), 0.5f, Fields.stemmed("en"), 0.5f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            // a query that is not Lucene syntax is searched as plain words
            try {
                return parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot parse query: " + query);
            }
        }
    }

    static Query filtered(Query text, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(term(Fields.KIND, Fields.ARTICLE), BooleanClause.Occur.FILTER);
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        filter(b, Fields.OUTLET, r.outlet());
        filter(b, Fields.LANG, r.language());
        filter(b, Fields.ENTITY, r.entity() == null ? null : IndexedArticle.key(r.entity()));
        filter(b, Fields.ACTOR, r.actor());
        if (r.event() != null) {
            // a PLOVER type ("AGREE") or a CAMEO root ("04")
            b.add(r.event().matches("\\d{2}") ? term(Fields.ROOT, r.event()) : term(Fields.EVENT, r.event()),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(term(field, value), BooleanClause.Occur.FILTER);
        }
    }

    private static Sort sort(SearchRequest r) {
        boolean newestFirst = r.query() == null || r.query().isBlank();
        return newestFirst ? new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true)) : Sort.RELEVANCE;
    }

    private List<Hit> hits(TopDocs top, SearchRequest r, Query query, Query text) throws IOException {
        int from = r.page() * r.size();
        List<ScoreDoc> page = List.of(top.scoreDocs).subList(Math.min(from, top.scoreDocs.length), top.scoreDocs.length);
        String[] snippets = snippets(page, query, text);
        List<Hit> out = new ArrayList<>();
        var fields = searcher.storedFields();
        for (int i = 0; i < page.size(); i++) {
            var d = fields.document(page.get(i).doc, HIT_FIELDS);
            int copies = searcher.count(new BooleanQuery.Builder()
                    .add(term(Fields.KIND, Fields.ARTICLE), BooleanClause.Occur.FILTER)
                    .add(term(Fields.DUP_GROUP, d.get(Fields.DUP_GROUP)), BooleanClause.Occur.FILTER).build()) - 1;
            out.add(new Hit(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.OUTLET), d.get(Fields.PUBLISHED),
                    d.get(Fields.LANG), d.get(Fields.URL), snippets[i], copies));
        }
        return out;
    }

    private String[] snippets(List<ScoreDoc> page, Query query, Query text) throws IOException {
        int[] ids = page.stream().mapToInt(s -> s.doc).toArray();
        String[] out = new String[ids.length];
        if (text instanceof MatchAllDocsQuery) {
            var fields = searcher.storedFields();
            for (int i = 0; i < ids.length; i++) {
                String body = fields.document(ids[i], Set.of(Fields.TEXT)).get(Fields.TEXT);
                out[i] = body.length() <= 200 ? body : body.substring(0, 200) + " ...";
            }
            return out;
        }
        UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, Fields.analyzer())
                .withFormatter(new DefaultPassageFormatter("«", "»", " ... ", false)).withHighlightPhrasesStrictly(false)
                .build();
        Map<String, String[]> found = h.highlightFields(new String[] {Fields.TEXT}, query, ids, new int[] {2});
        return found.get(Fields.TEXT);
    }

    private Map<String, List<FacetCount>> facets(FacetsCollector collected) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state = states.of(searcher.getIndexReader());
        if (state == null) {
            return out;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collected);
        for (String dim : FACETS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult r = dimension(counts, dim);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.intValue()));
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    private static FacetResult dimension(Facets counts, String dim) throws IOException {
        try {
            return counts.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return null;
        }
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
