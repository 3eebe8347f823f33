package dev.warta.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * The largest document, in bytes, that a source accepts; larger ones are reported and skipped.
 * For compressed input the limit applies to the decompressed bytes, so a gzip bomb is refused.
 */
public record ReadLimits(long maxBytes) {
    public static final ReadLimits DEFAULT = new ReadLimits(10L * 1024 * 1024);

    public ReadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /**
     * Reads up to one byte past the limit, never more, so that the caller can tell "too large"
     * ({@link #exceededBy}) without holding the rest.
     */
    byte[] readCapped(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    }

    boolean exceededBy(byte[] bytes) {
        return bytes.length > maxBytes;
    }
}
