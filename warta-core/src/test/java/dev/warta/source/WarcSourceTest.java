package dev.warta.source;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcSourceTest {
    static final String LATIN = "<html><head><title>Kafe</title></head><body><p>Kafe \u201cSederhana\u201d di Menteng"
            + " \u2014 menu cr\u00e8me br\u00fbl\u00e9e Rp 50.000.</p></body></html>";
    static final String UTF8 = "<html><head><meta charset=\"utf-8\"><title>Banjir</title></head><body><p>JAKARTA"
            + " \u2014 Gubernur meninjau banjir di Kampung Melayu, Jumat (17/1).</p></body></html>";
    static final String CHUNKED = "<html><body><p>SURABAYA \u2013 Wali Kota meresmikan jembatan baru.</p>"
            + "</body></html>";

    @TempDir
    Path dir;

    /** The test archive and the byte offset of each record written, in order. */
    record Archive(Path path, List<Long> offsets) {
    }

    /**
     * warcinfo; a windows-1252 page declared in the HTTP header; a request; a UTF-8 page; a PNG; a
     * redirect with an HTML body; a chunked and gzipped page. Pages are records 1, 3 and 6.
     */
    private Archive write(String name, WarcCompression compression) throws IOException {
        Path path = dir.resolve(name);
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), compression)) {
            offsets.add(w.position());
            w.write(new Warcinfo.Builder().filename(name).fields(Map.of("software", List.of("test"))).build());
            offsets.add(w.position());
            w.write(response("https://contoh.id/kafe", http("200 OK", "Content-Type: text/html; charset=windows-1252",
                    LATIN.getBytes(Charset.forName("windows-1252")))));
            offsets.add(w.position());
            w.write(new WarcRequest.Builder("https://contoh.id/banjir").body(MediaType.HTTP_REQUEST,
                    "GET /banjir HTTP/1.1\r\nHost: contoh.id\r\n\r\n".getBytes(ISO_8859_1)).build());
            offsets.add(w.position());
            w.write(response("https://contoh.id/banjir", http("200 OK", "Content-Type: text/html; charset=UTF-8",
                    UTF8.getBytes(UTF_8))));
            offsets.add(w.position());
            w.write(response("https://contoh.id/logo.png", http("200 OK", "Content-Type: image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0})));
            offsets.add(w.position());
            w.write(response("https://contoh.id/lama", http("301 Moved Permanently",
                    "Location: https://contoh.id/baru\r\nContent-Type: text/html", "<a href=/baru>Moved</a>"
                            .getBytes(UTF_8))));
            offsets.add(w.position());
            w.write(response("https://contoh.id/jembatan", http("200 OK", "Content-Type: text/html;charset=utf-8\r\n"
                    + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked", chunked(gzip(CHUNKED.getBytes(UTF_8))))));
        }
        return new Archive(path, offsets);
    }

    private static WarcResponse response(String url, byte[] http) {
        return new WarcResponse.Builder(url).body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static byte[] http(String status, String headers, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + "\r\n" + headers + "\r\n\r\n").getBytes(ISO_8859_1);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** HTTP/1.1 chunked transfer coding in two chunks. */
    private static byte[] chunked(byte[] body) {
        int half = body.length / 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(ISO_8859_1));
        out.write(body, 0, half);
        out.writeBytes(("\r\n" + Integer.toHexString(body.length - half) + "\r\n").getBytes(ISO_8859_1));
        out.write(body, half, body.length - half);
        out.writeBytes("\r\n0\r\n\r\n".getBytes(ISO_8859_1));
        return out.toByteArray();
    }

    private static List<ReadResult> read(Path p) {
        return read(p, ReadLimits.DEFAULT);
    }

    private static List<ReadResult> read(Path p, ReadLimits limits) {
        try (var s = new Inputs(limits, new ByteArrayInputStream(new byte[0])).read(p.toString())) {
            return s.toList();
        }
    }

    private static void assertPage(ReadResult r, Archive a, int record, String url, String html) {
        assertThat(r).isInstanceOfSatisfying(RawDocument.class, d -> {
            assertThat(d.contentType()).isEqualTo(ContentType.HTML);
            assertThat(d.content()).isEqualTo(html);
            assertThat(d.metadata().url()).isEqualTo(url);
            assertThat(d.source().url()).isEqualTo(url);
            assertThat(d.source().label()).isEqualTo(a.path() + "#" + a.offsets().get(record));
        });
    }

    private static void assertAllThreePages(List<ReadResult> r, Archive a) {
        assertThat(r).hasSize(3);
        assertPage(r.get(0), a, 1, "https://contoh.id/kafe", LATIN);
        assertPage(r.get(1), a, 3, "https://contoh.id/banjir", UTF8);
        assertPage(r.get(2), a, 6, "https://contoh.id/jembatan", CHUNKED);
    }

    @Test
    void gzipWarcGivesEachHtmlPageDecodedAndSkipsTheRest() throws IOException {
        Archive a = write("crawl.warc.gz", WarcCompression.GZIP);
        assertAllThreePages(read(a.path()), a);
    }

    @Test
    void plainWarcReadsTheSame() throws IOException {
        Archive a = write("crawl.warc", WarcCompression.NONE);
        assertAllThreePages(read(a.path()), a);
    }

    @Test
    void aWarcIsRecognisedByItsBytesWhateverItsName() throws IOException {
        Archive a = write("crawl-20250117", WarcCompression.GZIP);
        assertAllThreePages(read(a.path()), a);
    }

    @Test
    void aTruncatedLastRecordIsAFailureAndTheEarlierPagesAreKept() throws IOException {
        for (WarcCompression c : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
            Archive a = write("full-" + c, c);
            byte[] all = Files.readAllBytes(a.path());
            Path cut = Files.write(dir.resolve("cut-" + c + ".warc"), Arrays.copyOf(all, all.length - 40));
            List<ReadResult> r = read(cut);
            assertThat(r).hasSize(3);
            assertThat(((RawDocument) r.get(0)).content()).isEqualTo(LATIN);
            assertThat(((RawDocument) r.get(1)).content()).isEqualTo(UTF8);
            Failure f = (Failure) r.get(2);
            assertThat(f.source().label()).isEqualTo(cut + "#" + a.offsets().get(6));
            assertThat(f.reason()).isEqualTo(c == WarcCompression.GZIP
                    ? "truncated record: unexpected end of gzip stream"
                    : "truncated record: expected 36 more bytes in file");
        }
    }

    @Test
    void aCorruptGzipMemberInTheMiddleCostsOnlyThatRecord() throws IOException {
        Archive a = write("crawl.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(a.path());
        int utf8Page = a.offsets().get(3).intValue();
        bytes[utf8Page] = 0;
        bytes[utf8Page + 1] = 0;
        Files.write(a.path(), bytes);
        List<ReadResult> r = read(a.path());
        assertThat(r).hasSize(3);
        assertPage(r.get(0), a, 1, "https://contoh.id/kafe", LATIN);
        assertThat(((Failure) r.get(1)).message())
                .isEqualTo(a.path() + "#" + utf8Page + ": corrupt record: not in gzip format (magic=0)");
        assertPage(r.get(2), a, 6, "https://contoh.id/jembatan", CHUNKED);
    }

    @Test
    void corruptCompressedBytesInsideARecordCostOnlyThatRecord() throws IOException {
        Archive a = write("crawl.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(a.path());
        int utf8Page = a.offsets().get(3).intValue();
        Arrays.fill(bytes, utf8Page + 100, utf8Page + 108, (byte) 0);
        Files.write(a.path(), bytes);
        List<ReadResult> r = read(a.path());
        assertThat(r).hasSize(3);
        assertPage(r.get(0), a, 1, "https://contoh.id/kafe", LATIN);
        // the inflater's complaint depends on the bytes hit (record ids are random): "invalid distance
        // code", "gzip uncompressed size mismatch", ...
        assertThat(((Failure) r.get(1)).message()).startsWith(a.path() + "#" + utf8Page + ": corrupt record: ");
        assertPage(r.get(2), a, 6, "https://contoh.id/jembatan", CHUNKED);
    }

    @Test
    void aCorruptHeaderInAPlainWarcCostsOnlyThatRecord() throws IOException {
        Archive a = write("crawl.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(a.path());
        int utf8Page = a.offsets().get(3).intValue();
        System.arraycopy("XXXX".getBytes(ISO_8859_1), 0, bytes, utf8Page, 4);
        Files.write(a.path(), bytes);
        List<ReadResult> r = read(a.path());
        assertThat(r).hasSize(3);
        assertPage(r.get(0), a, 1, "https://contoh.id/kafe", LATIN);
        assertThat(((Failure) r.get(1)).message())
                .startsWith(a.path() + "#" + utf8Page + ": corrupt record: invalid WARC record at position 0: ");
        assertPage(r.get(2), a, 6, "https://contoh.id/jembatan", CHUNKED);
    }

    @Test
    void aGzipBombInAContentEncodingIsRefusedAtTheLimit() throws IOException {
        Path path = dir.resolve("bomb.warc.gz");
        byte[] html = ("<html><body>" + "a".repeat(5000) + "</body></html>").getBytes(UTF_8);
        try (WarcWriter w = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(response("https://contoh.id/bom", http("200 OK",
                    "Content-Type: text/html\r\nContent-Encoding: gzip", gzip(html))));
            w.write(new WarcResource.Builder(URI.create("https://contoh.id/kecil"))
                    .body(MediaType.parse("text/html; charset=utf-8"), "<p>Kecil.</p>".getBytes(UTF_8)).build());
        }
        List<ReadResult> r = read(path, new ReadLimits(1000));
        assertThat(r).hasSize(2);
        assertThat(((Failure) r.get(0)).reason()).isEqualTo("too large: the page is over the limit of 1,000 bytes");
        assertThat(r.get(0).toString()).contains("https://contoh.id/bom");
        assertThat(((RawDocument) r.get(1)).content()).isEqualTo("<p>Kecil.</p>");
    }

    @Test
    void brotliBodiesAreDecodedAndAnUnknownEncodingFailsAlone() throws IOException {
        // "<html><body><p>BANDUNG - Kereta cepat melayani 20.000 penumpang.</p></body></html>" from
        // libbrotli's BrotliEncoderCompress (quality 11, window 22, text mode)
        byte[] br = java.util.HexFormat.of().parseHex("1b5100f89d0776c3c705543e1621902698d72652b7a5fa50bcc7d886"
                + "0c11f40cd1603a2d053508d15195e4f1114a420a512b4d01c6a42e46bc411d17857978619dc2b5cd858f9cd6c223c2c4"
                + "7c5bc8e1aa32");
        Path path = dir.resolve("br.warc");
        try (WarcWriter w = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            w.write(response("https://contoh.id/kereta", http("200 OK",
                    "Content-Type: text/html; charset=utf-8\r\nContent-Encoding: br", br)));
            w.write(response("https://contoh.id/kuno", http("200 OK",
                    "Content-Type: text/html\r\nContent-Encoding: compress", new byte[] {0x1f, (byte) 0x9d, 1})));
            w.write(response("https://contoh.id/biasa", http("200 OK", "Content-Type: text/html", "<p>Biasa.</p>"
                    .getBytes(UTF_8))));
        }
        List<ReadResult> r = read(path);
        assertThat(r).hasSize(3);
        assertThat(((RawDocument) r.get(0)).content())
                .isEqualTo("<html><body><p>BANDUNG - Kereta cepat melayani 20.000 penumpang.</p></body></html>");
        assertThat(((Failure) r.get(1)).reason()).isEqualTo("unreadable record: Content-Encoding not supported: compress");
        assertThat(((Failure) r.get(1)).source().url()).isEqualTo("https://contoh.id/kuno");
        assertThat(((RawDocument) r.get(2)).content()).isEqualTo("<p>Biasa.</p>");
    }

    @Test
    void aFileThatIsNoWarcAtAllIsOneFailure() throws IOException {
        Path p = Files.write(dir.resolve("junk.warc"), "bukan WARC sama sekali\r\n\r\n".getBytes(UTF_8));
        List<ReadResult> r = read(p);
        assertThat(r).singleElement().isInstanceOfSatisfying(Failure.class, f -> {
            assertThat(f.source().label()).isEqualTo(p + "#0");
            assertThat(f.reason()).isEqualTo(
                    "corrupt record: invalid WARC record at position 5: bukan<-- HERE --> WARC sama sekali\\r\\n\\r\\n");
        });
    }
}
