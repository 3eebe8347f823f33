package dev.warta.source;

/** The largest document, in bytes, that a source accepts; larger ones are reported and skipped. */
public record ReadLimits(long maxBytes) {
    public static final ReadLimits DEFAULT = new ReadLimits(10L * 1024 * 1024);

    public ReadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }
}
