package dev.warta.source;

import static dev.warta.source.WarcSourceTest.gzip;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipFilesTest {
    static final String PAGE = "<html><body><p>MEDAN \u2014 Harga cabai naik menjelang Lebaran.</p></body></html>";

    @TempDir
    Path dir;

    private List<ReadResult> read(String... args) {
        try (var s = new Inputs(ReadLimits.DEFAULT, new ByteArrayInputStream(new byte[0])).read(List.of(args))) {
            return s.toList();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String reason(ReadResult r) {
        assertThat(r).isInstanceOf(Failure.class);
        return ((Failure) r).reason();
    }

    @Test
    void gzippedHtmlHtmAndTextFilesAreReadAsTheirInnerType() throws IOException {
        write("a.html.gz", gzip(PAGE.getBytes(Charset.forName("windows-1252"))));
        write("b.htm.gz", gzip(PAGE.getBytes(UTF_8)));
        write("c.txt.gz", gzip("PALU - Gempa terasa.\n".getBytes(UTF_8)));
        List<ReadResult> r = read(dir.toString());
        assertThat(r).hasSize(3).allMatch(RawDocument.class::isInstance);
        assertThat(((RawDocument) r.get(0)).content()).isEqualTo(PAGE);
        assertThat(((RawDocument) r.get(0)).contentType()).isEqualTo(ContentType.HTML);
        assertThat(((RawDocument) r.get(1)).content()).isEqualTo(PAGE);
        assertThat(((RawDocument) r.get(2)).content()).isEqualTo("PALU - Gempa terasa.\n");
        assertThat(((RawDocument) r.get(2)).contentType()).isEqualTo(ContentType.TEXT);
        assertThat(r.get(0).toString()).contains("a.html.gz");
    }

    @Test
    void gzippedTextStaysStrictUtf8() throws IOException {
        Path p = write("latin.txt.gz", gzip("Caf\u00e9 itu tutup.".getBytes(Charset.forName("windows-1252"))));
        assertThat(reason(read(p.toString()).getFirst())).isEqualTo("invalid UTF-8 at byte 3");
    }

    @Test
    void aCorruptGzipIsAFailureAndTheNextFileIsRead() throws IOException {
        byte[] good = gzip(PAGE.getBytes(UTF_8));
        byte[] corrupt = good.clone();
        Arrays.fill(corrupt, 10, 16, (byte) 0xFF);
        write("1-corrupt.html.gz", corrupt);
        write("2-cut.html.gz", Arrays.copyOf(good, good.length - 12));
        write("3-notgzip.html.gz", PAGE.getBytes(UTF_8));
        write("4-good.html.gz", good);
        List<ReadResult> r = read(dir.toString());
        assertThat(r).hasSize(4);
        assertThat(reason(r.get(0))).isEqualTo("corrupt gzip: invalid block type");
        assertThat(reason(r.get(1))).isEqualTo("truncated gzip: Unexpected end of ZLIB input stream");
        // a name is not a promise: a plain file called .gz is read as it is
        assertThat(((RawDocument) r.get(2)).content()).isEqualTo(PAGE);
        assertThat(((RawDocument) r.get(3)).content()).isEqualTo(PAGE);
    }

    @Test
    void aGzipBombIsRefusedAfterReadingOnlyTheLimit() throws IOException {
        Path bomb = dir.resolve("bom.html.gz");
        byte[] mb = "a".repeat(1 << 20).getBytes(UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            for (int i = 0; i < 64; i++) {
                out.write(mb);
            }
        }
        long compressed = Files.size(bomb);
        assertThat(compressed).isLessThan(ReadLimits.DEFAULT.maxBytes() / 50);
        assertThat(reason(read(bomb.toString()).getFirst())).isEqualTo(String.format(
                "too large: decompresses to more than the limit of 10,485,760 bytes (%,d bytes of gzip)", compressed));
    }

    @Test
    void gzippedJsonLinesKeepTheLinesBeforeACut() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            jsonl.append("{\"url\":\"https://contoh.id/").append(i).append("\",\"text\":\"Berita nomor ").append(i)
                    .append(" tentang harga beras di pasar induk.\"}\n");
        }
        byte[] gz = gzip(jsonl.toString().getBytes(UTF_8));
        Path whole = write("berita.jsonl.gz", gz);
        assertThat(read(whole.toString())).hasSize(200).allMatch(RawDocument.class::isInstance);

        Path cut = write("potong.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
        List<ReadResult> r = read(cut.toString());
        Failure last = (Failure) r.getLast();
        assertThat(last.reason()).isEqualTo("truncated gzip: Unexpected end of ZLIB input stream (reading stops here)");
        assertThat(last.source().line()).isEqualTo(r.size());
        assertThat(r.subList(0, r.size() - 1)).hasSizeGreaterThan(10).allMatch(RawDocument.class::isInstance);
    }
}
