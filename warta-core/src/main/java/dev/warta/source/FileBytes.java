package dev.warta.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A file's bytes, gunzipped when the file starts with the gzip magic (whatever its name says),
 * with the size limit applied to what comes out, so that a small gzip bomb is refused after
 * reading at most the limit.
 */
final class FileBytes {
    private static final int BUFFER = 1 << 16;

    private FileBytes() {
    }

    /** The content as a stream, gunzipping on the fly; a corrupt gzip fails while it is read. */
    static InputStream open(Path p) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(p), BUFFER);
        try {
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            return gzip ? new GZIPInputStream(in, BUFFER) : in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** The whole content; a plain file over the limit is refused before it is read. */
    static byte[] read(Path p, ReadLimits limits) throws IOException, Unreadable {
        try (InputStream in = open(p)) {
            if (!(in instanceof GZIPInputStream)) {
                long size = Files.size(p);
                if (size > limits.maxBytes()) {
                    throw new Unreadable(String.format("too large: %,d bytes, over the limit of %,d", size,
                            limits.maxBytes()));
                }
            }
            byte[] bytes = limits.readCapped(in);
            if (limits.exceededBy(bytes)) {
                throw new Unreadable(String.format(
                        "too large: decompresses to more than the limit of %,d bytes (%,d bytes of gzip)",
                        limits.maxBytes(), Files.size(p)));
            }
            return bytes;
        } catch (ZipException | EOFException e) {
            throw new Unreadable(reason(e));
        }
    }

    /** The first bytes of the content (decompressed), for sniffing; fewer if the file is shorter. */
    static byte[] head(Path p, int n) throws IOException {
        try (InputStream in = open(p)) {
            return in.readNBytes(n);
        }
    }

    /** A one-line reason for a read error, naming a corrupt or truncated gzip as such. */
    static String reason(IOException e) {
        if (e instanceof ZipException) {
            return "corrupt gzip: " + e.getMessage();
        }
        if (e instanceof EOFException) {
            return "truncated gzip: " + (e.getMessage() != null ? e.getMessage() : "unexpected end of data");
        }
        return "cannot read: " + e.getMessage();
    }
}
