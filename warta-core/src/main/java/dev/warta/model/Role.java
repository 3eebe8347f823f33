package dev.warta.model;

/** A title or apposition describing a person ("Juru bicara Kremlin"), with its English gloss. */
public record Role(String title, String normalized, String affiliationEntityId, Span evidence) {
}
