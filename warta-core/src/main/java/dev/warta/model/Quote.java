package dev.warta.model;

/** Something said: its speaker (an entity id), the speech verb, the content, and whether it is quoted verbatim. */
public record Quote(String speakerEntityId, Span speaker, String verb, Span content, boolean direct, Span evidence) {
}
