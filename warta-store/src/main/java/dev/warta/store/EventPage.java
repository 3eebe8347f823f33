package dev.warta.store;

import dev.warta.store.SearchResult.FacetCount;
import java.util.List;
import java.util.Map;

/**
 * A page of matching events, newest first, their total, facet counts over all matches (event, root, actor,
 * place) and the matches per month of the event date.
 */
public record EventPage(long total, List<EventRecord> events, Map<String, List<FacetCount>> facets,
                        List<FacetCount> months) {
}
