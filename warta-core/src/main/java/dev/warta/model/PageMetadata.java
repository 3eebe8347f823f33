package dev.warta.model;

import java.util.List;

/**
 * What a web page says about the article it carries (JSON-LD, meta tags, bylines, the URL).
 * Every field may be null or empty; plain-text inputs have {@link #NONE}.
 * {@code nextPages} are the links to the following pages of a multi-page article.
 */
public record PageMetadata(String title, DateValue published, DateValue modified, List<String> authors,
                           String siteName, String canonicalUrl, String language, String section, List<String> tags,
                           String image, List<String> nextPages) {
    public static final PageMetadata NONE = new PageMetadata(null, null, null, List.of(), null, null, null, null,
            List.of(), null, List.of());

    public PageMetadata {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        nextPages = List.copyOf(nextPages);
    }

    public PageMetadata withAuthors(List<String> a) {
        return new PageMetadata(title, published, modified, a, siteName, canonicalUrl, language, section, tags,
                image, nextPages);
    }

    public PageMetadata withTitle(String t) {
        return new PageMetadata(t, published, modified, authors, siteName, canonicalUrl, language, section, tags,
                image, nextPages);
    }
}
