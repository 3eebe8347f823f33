package dev.warta.model;

/**
 * Where a raw document was read from: a file path, "-" for standard input, or a URL,
 * and for line-oriented containers (JSON Lines) the 1-based line number, else 0. A record of a
 * container is named after a '#': "crawl.warc.gz#1234" (the record's byte offset), "feed.rss#3"
 * (the third item).
 */
public record SourceRef(String location, long line, String url) {
    public SourceRef {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a source needs a location");
        }
    }

    public static SourceRef file(String location) {
        return new SourceRef(location, 0, null);
    }

    /** "file.jsonl:12" for a line of a container, else the location. */
    public String label() {
        return line > 0 ? location + ":" + line : location;
    }
}
