package dev.warta.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.store.SearchResult.FacetCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.apache.lucene.search.TermQuery;

/**
 * The people, organizations and places of the corpus: a list by name with article counts (from the
 * entity facet), and one entity's profile. A profile reads the stored documents of the
 * {@value #READ_ARTICLES} most recent articles naming it; counts (articles, months, co-occurring entities)
 * cover them all.
 */
public final class EntityQueries {
    static final int READ_ARTICLES = 300;
    private static final int COOCCURRING = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CorpusStore store;

    public EntityQueries(CorpusStore store) {
        this.store = store;
    }

    /** Entities whose name contains {@code query} (any case; null or blank for all), most named first. */
    public EntityPage entities(String query, int page, int size) throws IOException {
        String needle = query == null ? "" : IndexedArticle.key(query);
        return store.read(s -> {
            List<FacetCount> matching = FacetCounter.all(store.facetStates(), s, Fields.ENTITY).stream()
                    .filter(c -> IndexedArticle.key(c.value()).contains(needle)).toList();
            int from = (int) Math.min((long) page * size, matching.size());
            List<EntityCount> out = new ArrayList<>();
            for (FacetCount c : matching.subList(from, Math.min(from + size, matching.size()))) {
                out.add(new EntityCount(c.value(), typeOf(s, c.value()), c.count()));
            }
            return new EntityPage(matching.size(), out);
        });
    }

    /** The profile of the entity with this name or alias, empty when no article names it. */
    public Optional<EntityProfile> entity(String name) throws IOException {
        String key = IndexedArticle.key(name);
        return store.read(s -> {
            Sort newestFirst = new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_DOC);
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(s, naming(key), READ_ARTICLES,
                    newestFirst, new FacetsCollectorManager());
            FacetsCollector collected = found.facetsCollector();
            long articles = collected.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            if (articles == 0) {
                return Optional.<EntityProfile>empty();
            }
            EntityProfileReader reader = new EntityProfileReader(key);
            var fields = s.storedFields();
            for (ScoreDoc hit : found.topDocs().scoreDocs) {
                var d = fields.document(hit.doc, Set.of(Fields.ID, Fields.JSON));
                reader.read(d.get(Fields.ID), JSON.readTree(d.get(Fields.JSON)));
            }
            Set<String> own = reader.names();
            List<EntityCount> cooccurring = FacetCounter.count(store.facetStates(), s, collected, List.of(Fields.ENTITY),
                    COOCCURRING + own.size())
                    .get(Fields.ENTITY).stream().filter(c -> !own.contains(c.value())).limit(COOCCURRING)
                    .map(c -> new EntityCount(c.value(), reader.typeOf(c.value()), c.count())).toList();
            return Optional.of(reader.profile(name, articles, FacetCounter.months(collected, Fields.PUBLISHED), cooccurring));
        });
    }

    private static Query naming(String key) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ENTITY, key)), BooleanClause.Occur.FILTER).build();
    }

    /** The type the first article naming the entity gives it. */
    private static String typeOf(IndexSearcher s, String name) throws IOException {
        String key = IndexedArticle.key(name);
        ScoreDoc[] hits = s.search(naming(key), 1).scoreDocs;
        if (hits.length == 0) {
            return null;
        }
        JsonNode doc = JSON.readTree(s.storedFields().document(hits[0].doc, Set.of(Fields.JSON)).get(Fields.JSON));
        for (JsonNode e : doc.path("entities")) {
            if (IndexedArticle.key(e.path("name").asText()).equals(key)) {
                return e.path("type").asText(null);
            }
        }
        return null;
    }
}
