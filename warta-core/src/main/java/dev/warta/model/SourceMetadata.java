package dev.warta.model;

/**
 * Metadata a container states about a document (a JSON Lines record, a feed item, a WARC record);
 * each field may be null. {@code published} is as the container wrote it (ISO 8601 or RFC 822).
 */
public record SourceMetadata(String url, String title, String published, String language, String author) {
    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null, null);
}
