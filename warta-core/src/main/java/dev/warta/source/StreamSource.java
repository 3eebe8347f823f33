package dev.warta.source;

import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Standard input (or any stream): one plain-text document, or JSON Lines when the first
 * non-blank character is '{'.
 */
public final class StreamSource implements DocumentSource {
    private final String name;
    private final InputStream in;
    private final ReadLimits limits;

    public StreamSource(String name, InputStream in, ReadLimits limits) {
        this.name = name;
        this.in = in;
        this.limits = limits;
    }

    @Override
    public Stream<ReadResult> read() {
        SourceRef ref = SourceRef.file(name);
        byte[] bytes;
        try {
            bytes = limits.readCapped(in);
        } catch (IOException e) {
            return Stream.of(new Failure(ref, "cannot read: " + e.getMessage()));
        }
        if (looksLikeJsonLines(bytes)) {
            return new JsonLinesSource(name, () -> new java.io.SequenceInputStream(
                    new java.io.ByteArrayInputStream(bytes), in), limits).read();
        }
        if (limits.exceededBy(bytes)) {
            drain();
            return Stream.of(new Failure(ref, String.format("too large: over the limit of %,d bytes",
                    limits.maxBytes())));
        }
        try {
            return Stream.of(new RawDocument(ref, ContentType.TEXT, Decoding.text(bytes), SourceMetadata.NONE));
        } catch (Unreadable e) {
            return Stream.of(new Failure(ref, e.getMessage()));
        }
    }

    private void drain() {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksLikeJsonLines(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
        return head.startsWith("{");
    }
}
