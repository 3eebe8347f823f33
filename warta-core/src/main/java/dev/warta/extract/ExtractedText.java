package dev.warta.extract;

/** Plain text with one paragraph per line, and the title when the input states one. */
public record ExtractedText(String text, String title) {
}
