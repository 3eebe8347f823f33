package dev.warta.model;

/**
 * A participant of an event: the entity (null for an unnamed agent such as "polisi"), the text naming it
 * (for a pronoun, the pronoun) and its CAMEO actor code (country and roles, e.g. RUSGOV; null if unknown).
 */
public record EventActor(String entityId, Span span, String cameoCode) {
}
