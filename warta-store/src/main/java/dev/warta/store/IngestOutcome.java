package dev.warta.store;

/**
 * What adding a document did: stored it (with its duplicate group and story), found it already stored
 * (same id), or found an exact copy of its text (then {@code articleId} is the stored original).
 */
public record IngestOutcome(Kind kind, String articleId, String duplicateGroup, String story) {
    /** The three outcomes. */
    public enum Kind { ADDED, ALREADY_STORED, EXACT_COPY }
}
