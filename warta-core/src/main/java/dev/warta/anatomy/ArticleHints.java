package dev.warta.anatomy;

import dev.warta.model.DateValue;

/** What is known about an article before its text is read; each field may be null. */
public record ArticleHints(String title, String language, String url, DateValue published) {
    public static final ArticleHints NONE = new ArticleHints(null, null, null, null);
}
