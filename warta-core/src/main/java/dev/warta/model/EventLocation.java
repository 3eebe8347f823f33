package dev.warta.model;

/** Where an event happened, as the clause states it: the place entity and the text naming it. */
public record EventLocation(String entityId, Span span) {
}
