package dev.warta.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next WARC record may start after a corrupt one, so that one bad record does not
 * cost the rest of the file: in a .warc.gz every record is its own gzip member, so the next gzip
 * header; in a plain WARC the next line starting "WARC/". A candidate can be false (those bytes
 * inside a body); the reader then fails on it and asks again from there.
 */
final class RecordStarts {
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_LINE = "\nWARC/".getBytes(StandardCharsets.US_ASCII);

    private RecordStarts() {
    }

    /** The offset of the first candidate at or after {@code from}, or -1 when there is none. */
    static long next(FileChannel file, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? GZIP_MEMBER : WARC_LINE;
        int skip = gzip ? 0 : 1; // a plain record starts after the newline
        long pos = from - skip;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        while (true) {
            buf.clear();
            int n = file.read(buf, pos);
            if (n < pattern.length) {
                return -1;
            }
            byte[] a = buf.array();
            for (int i = 0; i + pattern.length <= n; i++) {
                if (startsWith(a, i, pattern)) {
                    return pos + i + skip;
                }
            }
            pos += n - pattern.length + 1;
        }
    }

    private static boolean startsWith(byte[] a, int at, byte[] pattern) {
        for (int k = 0; k < pattern.length; k++) {
            if (a[at + k] != pattern[k]) {
                return false;
            }
        }
        return true;
    }
}
