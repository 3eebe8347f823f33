package dev.warta.model;

import java.util.List;

/**
 * The article a document carries: clean body text and what the page says about it.
 * {@code text} is the body paragraphs joined by blank lines; {@code paragraphs} are spans of it.
 * {@code lead} is the lead prefix ("WAHANANEWS.CO, Jakarta -") that gave outlet and dateline.
 */
public record Article(String title, String language, DateValue published, String outlet, String dateline,
                      Evidence lead, String text, List<Span> paragraphs, List<Credit> credits,
                      List<CitedSource> citedSources, List<Removal> removed) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
        credits = List.copyOf(credits);
        citedSources = List.copyOf(citedSources);
        removed = List.copyOf(removed);
    }

    public Article withLanguage(String lang) {
        return new Article(title, lang, published, outlet, dateline, lead, text, paragraphs, credits,
                citedSources, removed);
    }
}
