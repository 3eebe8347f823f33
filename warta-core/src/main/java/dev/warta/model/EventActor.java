package dev.warta.model;

/** A participant of an event: the entity, the text naming it and its CAMEO actor code. */
public record EventActor(String entityId, Span span, String cameoCode) {
}
