package dev.warta.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON Lines: one object per line with {@code text} or {@code html}, and optionally {@code url},
 * {@code title}, {@code published} (or {@code date}), {@code language} and {@code author}. A line that
 * is not such an object becomes a failure naming the line; reading goes on. A read error (a corrupt
 * gzip) ends the stream with a failure naming the line it hit.
 */
public final class JsonLinesSource implements DocumentSource {
    /** Opens the bytes to read; called once. */
    public interface Opener {
        InputStream open() throws IOException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String name;
    private final Opener opener;
    private final ReadLimits limits;

    public JsonLinesSource(String name, Opener opener, ReadLimits limits) {
        this.name = name;
        this.opener = opener;
        this.limits = limits;
    }

    @Override
    public Stream<ReadResult> read() {
        InputStream in;
        try {
            in = new BufferedInputStream(opener.open(), 1 << 16);
        } catch (IOException e) {
            return Stream.of(new Failure(SourceRef.file(name), "cannot read: " + e.getMessage()));
        }
        LineIterator lines = new LineIterator(in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                .onClose(lines::close);
    }

    private ReadResult parse(long lineNo, byte[] bytes, boolean tooLong) {
        SourceRef at = new SourceRef(name, lineNo, null);
        if (tooLong) {
            return new Failure(at, String.format("line too large: over the limit of %,d bytes", limits.maxBytes()));
        }
        String line;
        try {
            line = Decoding.text(bytes);
        } catch (Unreadable e) {
            return new Failure(at, e.getMessage());
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return new Failure(at, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new Failure(at, "not a JSON object");
        }
        String url = field(node, "url");
        SourceRef ref = new SourceRef(name, lineNo, url);
        SourceMetadata meta = new SourceMetadata(url, field(node, "title"),
                field(node, "published") != null ? field(node, "published") : field(node, "date"),
                field(node, "language"), field(node, "author"));
        String text = field(node, "text");
        String html = field(node, "html");
        if (text != null && !text.isBlank()) {
            return new RawDocument(ref, ContentType.TEXT, text, meta);
        }
        if (html != null && !html.isBlank()) {
            return new RawDocument(ref, ContentType.HTML, html, meta);
        }
        return new Failure(ref, "no \"text\" or \"html\" field with content");
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** Reads lines as bytes so that one bad or huge line fails alone. */
    private final class LineIterator extends Lookahead<ReadResult> {
        private final InputStream in;
        private long lineNo;

        LineIterator(InputStream in) {
            this.in = in;
        }

        @Override
        protected void advance() {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            boolean tooLong = false;
            int b;
            try {
                while ((b = in.read()) != -1 && b != '\n') {
                    if (buf.size() >= limits.maxBytes()) {
                        tooLong = true;
                    } else {
                        buf.write(b);
                    }
                }
            } catch (IOException e) {
                // A corrupt or cut gzip stream: what was read stays read, the rest cannot be reached.
                end();
                offer(new Failure(new SourceRef(name, lineNo + 1, null),
                        FileBytes.reason(e) + " (reading stops here)"));
                return;
            }
            if (b == -1) {
                end();
                if (buf.size() == 0) {
                    return;
                }
            }
            lineNo++;
            byte[] bytes = buf.toByteArray();
            if (!tooLong && new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
                return;
            }
            offer(parse(lineNo, bytes, tooLong));
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
