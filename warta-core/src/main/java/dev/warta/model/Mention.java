package dev.warta.model;

/** A stretch of article text that names an entity. */
public record Mention(Span span, EntityType type) {
}
