package dev.warta.model;

/** Metadata a container states about a document; each field may be null. */
public record SourceMetadata(String url, String title, String published, String language) {
    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null);
}
