package dev.warta.store;

/** What adding a document did: stored it, found it already stored (same id), or found an exact copy of its text. */
public record IngestOutcome(Kind kind, String articleId, String duplicateGroup) {
    /** The three outcomes. */
    public enum Kind { ADDED, ALREADY_STORED, EXACT_COPY }
}
