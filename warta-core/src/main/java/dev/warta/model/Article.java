package dev.warta.model;

import java.util.List;

/**
 * The article a document carries: clean body text and what the page says about it.
 * {@code text} is the body paragraphs joined by blank lines; {@code paragraphs} are spans of it.
 * {@code lead} is the lead prefix ("WAHANANEWS.CO, Jakarta -") that gave outlet and dateline.
 * {@code page} is what the web page said about the article ({@link PageMetadata#NONE} for plain text).
 */
public record Article(String title, String language, DateValue published, String outlet, String dateline,
                      Evidence lead, String text, List<Span> paragraphs, List<Credit> credits,
                      List<CitedSource> citedSources, List<Removal> removed, PageMetadata page) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
        credits = List.copyOf(credits);
        citedSources = List.copyOf(citedSources);
        removed = List.copyOf(removed);
        page = page == null ? PageMetadata.NONE : page;
    }

    public Article withPage(PageMetadata p) {
        return new Article(title, language, published, outlet, dateline, lead, text, paragraphs, credits,
                citedSources, removed, p);
    }
}
