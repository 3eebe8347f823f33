package dev.warta.model;

/**
 * A document as read from its source, before anything is extracted: decoded content and
 * whatever metadata the container gave (a URL, a title or a date in a JSON Lines record).
 */
public record RawDocument(SourceRef source, ContentType contentType, String content, SourceMetadata metadata)
        implements ReadResult {
    public RawDocument {
        if (source == null || contentType == null || content == null) {
            throw new IllegalArgumentException("source, content type and content are required");
        }
        metadata = metadata == null ? SourceMetadata.NONE : metadata;
    }
}
