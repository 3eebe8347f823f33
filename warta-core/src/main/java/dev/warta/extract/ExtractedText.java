package dev.warta.extract;

import dev.warta.model.PageMetadata;

/** Plain text with one paragraph per line, and what the page said about the article. */
public record ExtractedText(String text, PageMetadata page) {
}
