package dev.warta.store;

/**
 * What a list shows of a stored article. {@code title} is the article's title, or the opening of its text
 * when it has none (plain text inputs); {@code published} is ISO 8601 or null.
 */
public record ArticleSummary(String id, String title, String outlet, String published, String language, String url) {
}
