package dev.warta.model;

/** A date or time expression in the text and the value it resolves to. */
public record DateMention(Span span, DateValue value) {
}
