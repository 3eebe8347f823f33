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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SniffingTest {
    static final String FEED = "\uFEFF<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"rss.xsl\"?>\n"
            + "<!-- dibuat otomatis -->\n<rss version=\"2.0\"><channel><title>x</title><link>https://contoh.id/</link>"
            + "<description>x</description>"
            + "<item><title>Satu</title><link>https://contoh.id/1</link><description>Isi satu.</description></item>"
            + "</channel></rss>";

    @TempDir
    Path dir;

    private List<ReadResult> read(String arg) {
        try (var s = new Inputs(ReadLimits.DEFAULT, new ByteArrayInputStream(new byte[0])).read(arg)) {
            return s.toList();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void kindsAreToldFromTheFirstBytes() {
        assertThat(Sniff.of("WARC/1.1\r\nWARC-Type: warcinfo".getBytes(UTF_8))).isEqualTo(Sniff.Kind.WARC);
        assertThat(Sniff.of(FEED.getBytes(UTF_8))).isEqualTo(Sniff.Kind.FEED);
        assertThat(Sniff.of("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(UTF_8))).isEqualTo(Sniff.Kind.FEED);
        assertThat(Sniff.of("<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>".getBytes(UTF_8))).isEqualTo(Sniff.Kind.FEED);
        assertThat(Sniff.of("  <!DOCTYPE html>\n<html lang=id>".getBytes(UTF_8))).isEqualTo(Sniff.Kind.HTML);
        assertThat(Sniff.of("<!-- x --><HTML><body>".getBytes(UTF_8))).isEqualTo(Sniff.Kind.HTML);
        assertThat(Sniff.of("\n{\"text\":\"x\"}".getBytes(UTF_8))).isEqualTo(Sniff.Kind.JSON_LINES);
        assertThat(Sniff.of("<p>Potongan HTML tanpa kepala</p>".getBytes(UTF_8))).isEqualTo(Sniff.Kind.TEXT);
        assertThat(Sniff.of("JAKARTA - Berita biasa. <rss> disebut di sini.".getBytes(UTF_8)))
                .isEqualTo(Sniff.Kind.TEXT);
        assertThat(Sniff.of(new byte[0])).isEqualTo(Sniff.Kind.TEXT);
    }

    @Test
    void filesWithUnknownNamesAreReadAsWhatTheyHold() throws IOException {
        write("1-halaman", "<!doctype html><html><body><p>Isi.</p></body></html>".getBytes(UTF_8));
        write("2-umpan.dat", FEED.getBytes(UTF_8));
        write("3-arsip.gz", gzip(FEED.getBytes(UTF_8)));
        write("4-baris.log", "{\"text\":\"Satu.\"}\n{\"text\":\"Dua.\"}\n".getBytes(UTF_8));
        write("5-catatan.text", "# Catatan\nRapat pukul 10.".getBytes(UTF_8));
        write("6-halaman.php.gz", gzip("<html><p>PHP</p></html>".getBytes(UTF_8)));
        List<ReadResult> r = read(dir.toString());
        assertThat(r).hasSize(7).allMatch(RawDocument.class::isInstance);
        assertThat(r.stream().map(x -> ((RawDocument) x).contentType()).toList()).containsExactly(ContentType.HTML,
                ContentType.HTML, ContentType.HTML, ContentType.TEXT, ContentType.TEXT, ContentType.TEXT,
                ContentType.HTML);
        assertThat(((RawDocument) r.get(1)).source().label()).isEqualTo(dir.resolve("2-umpan.dat") + "#1");
        assertThat(((RawDocument) r.get(2)).metadata().url()).isEqualTo("https://contoh.id/1");
        assertThat(((RawDocument) r.get(5)).content()).isEqualTo("# Catatan\nRapat pukul 10.");
    }

    @Test
    void anXmlFileGoesByItsRootAndAKnownExtensionIsNotSecondGuessed() throws IOException {
        Path atom = write("terbaru.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>A"
                + "</title><link href=\"https://contoh.id/a\"/><content type=\"html\">&lt;p&gt;A.&lt;/p&gt;</content>"
                + "</entry></feed>");
        assertThat(read(atom.toString())).singleElement().isInstanceOfSatisfying(RawDocument.class,
                d -> assertThat(d.content()).isEqualTo("<p>A.</p>"));
        Path xhtml = write("halaman.xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>X.</p></body></html>".replace("X", "Isi"));
        assertThat(((RawDocument) read(xhtml.toString()).getFirst()).contentType()).isEqualTo(ContentType.HTML);
        Path txt = write("umpan.txt", FEED.getBytes(UTF_8));
        assertThat(((RawDocument) read(txt.toString()).getFirst()).contentType()).isEqualTo(ContentType.TEXT);
    }

    @Test
    void anUnreadableFileOfUnknownKindStillFailsAlone() throws IOException {
        write("1-rusak.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
        write("2-baik.dat", "Baik.".getBytes(UTF_8));
        List<ReadResult> r = read(dir.toString());
        assertThat(r).hasSize(2);
        assertThat(((Failure) r.get(0)).reason()).isEqualTo("truncated gzip: Unexpected end of ZLIB input stream");
        assertThat(r.get(1)).isInstanceOf(RawDocument.class);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(UTF_8));
    }
}
