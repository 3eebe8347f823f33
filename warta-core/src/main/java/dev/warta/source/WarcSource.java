package dev.warta.source;

import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * A WARC file, plain or gzip: every captured HTML page becomes a document. A page is a
 * {@code response} record holding an HTTP response with a 2xx status and an HTML Content-Type (its
 * body de-chunked, un-gzipped or inflated, and decoded with the HTTP charset), or a
 * {@code resource} record of type HTML. Everything else (requests, metadata, revisits, images,
 * redirects, error pages) is skipped silently: none is a page to analyse.
 * <p>
 * A document's location is "file.warc.gz#1234", 1234 being the record's byte offset in the file,
 * which CDX indexes and WARC tools use too. A record that cannot be read becomes a failure at its
 * offset; reading then resumes at the next record found ({@link RecordStarts}), so a truncated
 * last record or a corrupt one in the middle costs only itself.
 */
public final class WarcSource implements DocumentSource {
    private final Path path;
    private final ReadLimits limits;

    public WarcSource(Path path, ReadLimits limits) {
        this.path = path;
        this.limits = limits;
    }

    @Override
    public Stream<ReadResult> read() {
        FileChannel file = null;
        WarcReader reader;
        try {
            file = FileChannel.open(path);
            reader = new WarcReader(file);
        } catch (IOException e) {
            closeQuietly(file);
            return Stream.of(new Failure(SourceRef.file(path.toString()), "not a readable WARC: " + message(e)));
        }
        reader.setLenient(true); // accept the LF line ends and old versions some tools write
        Records records = new Records(file, reader);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
                .onClose(records::close);
    }

    private SourceRef ref(long offset, String url) {
        return new SourceRef(path + "#" + offset, 0, url);
    }

    /** The page a record holds, or null when it holds none. */
    private ReadResult page(WarcRecord record, long offset) throws IOException {
        if (record instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)) {
            HttpResponse http = response.http();
            if (http.status() / 100 != 2 || !isHtml(http.contentType())) {
                return null;
            }
            return document(ref(offset, response.target()), http.bodyDecoded(), http.contentType());
        }
        if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
            return document(ref(offset, resource.target()), resource.body(), resource.contentType());
        }
        return null;
    }

    private ReadResult document(SourceRef ref, MessageBody body, MediaType type) throws IOException {
        byte[] bytes = limits.readCapped(body.stream());
        if (limits.exceededBy(bytes)) {
            return new Failure(ref, String.format("too large: the page is over the limit of %,d bytes",
                    limits.maxBytes()));
        }
        try {
            String html = Decoding.html(bytes, type.parameters().get("charset"));
            return new RawDocument(ref, ContentType.HTML, html, new SourceMetadata(ref.url(), null, null, null, null));
        } catch (Unreadable e) {
            return new Failure(ref, e.getMessage());
        }
    }

    private static boolean isHtml(MediaType t) {
        return t.type().equalsIgnoreCase("text") && t.subtype().equalsIgnoreCase("html")
                || t.type().equalsIgnoreCase("application") && t.subtype().equalsIgnoreCase("xhtml+xml");
    }

    /**
     * A cut file ends in EOF; bad bytes show as a parse, inflate or number error; anything else (a
     * Content-Encoding jwarc cannot decode, an I/O error) is just unreadable.
     */
    private Failure broken(long offset, String url, Exception e) {
        String kind = e instanceof EOFException ? "truncated record: "
                : e instanceof ParsingException || e instanceof ZipException || e instanceof RuntimeException
                        ? "corrupt record: " : "unreadable record: ";
        return new Failure(ref(offset, url), kind + message(e));
    }

    /** jwarc's message on one line, without the file name and offset the location already gives. */
    private static String message(Exception e) {
        String m = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
        m = m == null ? e.getClass().getSimpleName() : m.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    private static void closeQuietly(FileChannel file) {
        try {
            if (file != null) {
                file.close();
            }
        } catch (IOException ignored) {
            // nothing was read; the failure already says why
        }
    }

    /**
     * Records in file order. Errors are caught wide (IOException and RuntimeException) because
     * jwarc reports a malformed record either way (a bad Content-Length is a NumberFormatException),
     * and one bad record must not end the stream.
     */
    private final class Records extends Lookahead<ReadResult> {
        private final FileChannel file;
        private final WarcReader reader;
        /** The offset last reported as broken: reading past a broken record fails again there. */
        private long brokenAt = -1;
        /** True while trying candidate record starts, whose failures are part of the one reported. */
        private boolean resyncing;

        Records(FileChannel file, WarcReader reader) {
            this.file = file;
            this.reader = reader;
        }

        @Override
        protected void advance() {
            WarcRecord record;
            try {
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    end();
                    return;
                }
                record = r.get();
            } catch (IOException | RuntimeException e) {
                long offset = reader.position();
                if (!resyncing && offset != brokenAt) {
                    offer(broken(offset, null, e));
                }
                resyncAfter(offset);
                return;
            }
            resyncing = false;
            long offset = reader.position();
            try {
                offer(page(record, offset));
            } catch (IOException | RuntimeException e) {
                offer(broken(offset, record instanceof WarcTargetRecord target ? target.target() : null, e));
                brokenAt = offset;
            }
        }

        /** Moves the reader to the next candidate record start after {@code offset}, or ends. */
        private void resyncAfter(long offset) {
            brokenAt = offset;
            resyncing = true;
            try {
                long start = RecordStarts.next(file, offset + 1, reader.compression() == WarcCompression.GZIP);
                if (start < 0) {
                    end();
                } else {
                    reader.position(start);
                }
            } catch (IOException e) {
                end();
            }
        }

        void close() {
            try (file) {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
