package dev.warta.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warta.store.SearchResult.FacetCount;
import java.util.List;

/**
 * What the corpus says about one entity: its name and type as the documents give them most often, other
 * names, the number of articles naming it, the roles written before its name, articles per month of
 * publication, the entities named in the same articles, what it said and the events it took part in.
 * Roles, quotes and events come from the most recent articles only (see {@link EntityQueries}).
 */
public record EntityProfile(String name, String type, List<String> aliases, long articles, List<RoleCount> roles,
                            List<FacetCount> months, List<EntityCount> cooccurring, List<QuoteRecord> quotes,
                            List<EventRecord> events) {

    /** A role as written ("Presiden"), its English gloss, and in how many articles it stands before the name. */
    public record RoleCount(String title, String normalized, int count) {
    }

    /** A quote of the entity ({@code quote} as in warta.document/1) with the article it is in. */
    public record QuoteRecord(String articleId, String title, String published, JsonNode quote) {
    }
}
