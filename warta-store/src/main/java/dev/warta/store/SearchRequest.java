package dev.warta.store;

import java.time.LocalDate;

/**
 * A query over the articles: free text (Lucene query syntax, may be empty for "all"), and filters, each
 * null when unused: publication days [from, to], outlet, language, an entity by any of its names, a PLOVER
 * event type or CAMEO root, an actor code. {@code page} counts from 0.
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, String outlet, String language, String entity,
                            String event, String actor, int page, int size) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;

    public SearchRequest {
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("query longer than " + MAX_QUERY_LENGTH + " characters");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE);
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, 0, 20);
    }
}
