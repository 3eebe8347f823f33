package dev.warta.model;

/** A piece of the input left out of the article text, with its kind. */
public record Removal(RemovalKind kind, String text, Evidence evidence) {
}
