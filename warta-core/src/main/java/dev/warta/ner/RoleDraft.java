package dev.warta.ner;

import dev.warta.model.Mention;
import dev.warta.model.Span;

/** A role found at the mention level, before mentions are entities: the affiliation is a mention's span. */
record RoleDraft(Mention person, String title, String normalized, Span affiliation, Span evidence) {
}
