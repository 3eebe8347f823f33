package dev.warta.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warta.store.ArticleQueries;
import dev.warta.store.CorpusStore;
import dev.warta.store.SearchRequest;
import dev.warta.store.SearchResult;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /api/search} and {@code /api/articles/{id}}: articles found by text and filters, and one stored document. */
final class SearchApi {
    private static final Set<String> SEARCH_PARAMS = Set.of("q", "from", "to", "outlet", "lang", "entity", "event",
            "actor", "page", "size");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CorpusStore store;
    private final ArticleQueries articles;

    /** A page of hits, snippets marked with « and », and facet counts over all matches. */
    record Response(long total, int page, int size, List<SearchResult.Hit> hits,
                    Map<String, List<SearchResult.FacetCount>> facets) {
    }

    SearchApi(CorpusStore store) {
        this.store = store;
        this.articles = new ArticleQueries(store);
    }

    void search(Context ctx) throws IOException {
        Params p = Params.of(ctx, SEARCH_PARAMS);
        Params.Days days = p.days();
        SearchRequest request = new SearchRequest(p.query(), days.from(), days.to(), p.value("outlet"),
                p.matching("lang", "[a-z]{2,3}", false, "a language code such as id or en"), p.value("entity"),
                p.matching("event", "[A-Z_]{2,30}|\\d{2}", true, "a PLOVER type (AGREE) or a CAMEO root (04)"),
                p.matching("actor", "[A-Z0-9]{3,30}", true, "a CAMEO actor code such as IDNGOV"), p.page(), p.size());
        SearchResult r;
        try {
            r = store.search(request);
        } catch (IllegalArgumentException unparsable) {
            throw new BadRequestResponse(unparsable.getMessage());
        }
        ctx.json(new Response(r.total(), request.page(), request.size(), r.hits(), r.facets()));
    }

    /**
     * The stored document with {@code origin} (the earliest published of its duplicate group), {@code copies}
     * (ids of its near-copies), {@code copyArticles}, {@code sources} and {@code story}.
     */
    void article(Context ctx) throws IOException {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        ObjectNode doc = (ObjectNode) JSON.readTree(store.article(id)
                .orElseThrow(() -> new NotFoundResponse("no article with id " + id)));
        List<String> group = store.copies(id);
        List<String> copies = group.stream().filter(c -> !c.equals(id)).toList();
        doc.put("origin", group.isEmpty() ? id : group.getFirst());
        doc.set("copies", JSON.valueToTree(copies));
        doc.set("copyArticles", JSON.valueToTree(articles.summaries(copies)));
        ArrayNode sources = doc.putArray("sources");
        for (String s : store.sources(id)) {
            sources.add(JSON.readTree(s));
        }
        doc.put("story", articles.story(id).orElse(null));
        ctx.json(doc);
    }
}
