package dev.warta.store;

import java.util.List;
import java.util.Map;

/** One page of matching articles, the total, and facet counts over all matches. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /** One article: its id, what a result list shows, and a highlighted snippet (marked with « and »). */
    public record Hit(String id, String title, String outlet, String published, String language, String url,
                      String snippet, int copies) {
    }

    /** A facet value and how many matching articles have it. */
    public record FacetCount(String value, int count) {
    }
}
