package dev.warta.quote;

import dev.warta.model.Span;

/** Who a quote is attributed to: the text naming them (a name, a pronoun, a role) and their entity, if known. */
record Speaker(String entityId, Span span) {
}
