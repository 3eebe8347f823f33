package dev.warta.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import dev.warta.model.SourceMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Contoh News - Nasional</title>
                <link>https://contoh.id/nasional</link>
                <description>Berita nasional terkini</description>
                <language>id</language>
                <item>
                  <title>Banjir Rendam Ratusan Rumah di Kampung Melayu</title>
                  <link>https://contoh.id/nasional/banjir-kampung-melayu</link>
                  <description>Ringkasan: banjir setinggi 1 meter.</description>
                  <content:encoded><![CDATA[<p><strong>JAKARTA</strong> &#8212; Banjir setinggi satu meter merendam
            ratusan rumah warga di Kampung Melayu, Jakarta Timur, Jumat (17/1/2025).</p>]]></content:encoded>
                  <dc:creator>Rina Wulandari</dc:creator>
                  <pubDate>Fri, 17 Jan 2025 08:30:00 +0700</pubDate>
                </item>
                <item>
                  <title>Harga Beras Naik Menjelang Ramadan</title>
                  <link>https://contoh.id/ekonomi/harga-beras</link>
                  <description>&lt;p&gt;SURABAYA &amp;#8211; Harga beras medium naik Rp 1.000 per kilogram.&lt;/p&gt;</description>
                  <author>redaksi@contoh.id (Budi Santoso)</author>
                  <pubDate>Jum, 17 Jan 2025 09.15 WIB</pubDate>
                </item>
                <item>
                  <title>Foto: Suasana Stasiun Manggarai</title>
                  <link>https://contoh.id/foto/manggarai</link>
                  <pubDate>Fri, 17 Jan 2025 10:00:00 +0700</pubDate>
                </item>
                <item>
                  <link>https://contoh.id/tanpa-judul</link>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
              <title>Contoh Daerah</title>
              <id>tag:contoh.id,2025:daerah</id>
              <updated>2025-01-17T11:00:00+07:00</updated>
              <entry>
                <title>Gempa Magnitudo 5,2 Guncang Cianjur</title>
                <id>tag:contoh.id,2025:1</id>
                <link rel="alternate" type="text/html" href="https://contoh.id/daerah/gempa-cianjur"/>
                <link rel="related" href="https://contoh.id/peta"/>
                <published>2025-01-17T10:05:00+07:00</published>
                <updated>2025-01-17T10:45:00+07:00</updated>
                <author><name>Dewi Lestari</name><email>dewi@contoh.id</email></author>
                <summary>Gempa terasa hingga Bandung.</summary>
                <content type="html">&lt;p&gt;CIANJUR &#8212; Gempa magnitudo 5,2 mengguncang Cianjur.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Jalan Tol Baru Dibuka</title>
                <id>tag:contoh.id,2025:2</id>
                <link href="https://contoh.id/daerah/tol-baru"/>
                <updated>2025-01-17T09:00:00+07:00</updated>
                <summary type="html">&lt;p&gt;SEMARANG - Jalan tol sepanjang 20 km dibuka.&lt;/p&gt;</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    private List<ReadResult> read(Path p) {
        try (var s = new Inputs(ReadLimits.DEFAULT, new ByteArrayInputStream(new byte[0])).read(p.toString())) {
            return s.toList();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static RawDocument doc(ReadResult r) {
        assertThat(r).isInstanceOf(RawDocument.class);
        return (RawDocument) r;
    }

    @Test
    void rssItemsBecomeHtmlDocumentsWithTheirMetadata() throws IOException {
        Path p = write("nasional.rss", RSS);
        List<ReadResult> r = read(p);
        assertThat(r).hasSize(4);

        RawDocument banjir = doc(r.get(0));
        assertThat(banjir.contentType()).isEqualTo(ContentType.HTML);
        assertThat(banjir.content()).isEqualTo("<p><strong>JAKARTA</strong> &#8212; Banjir setinggi satu meter merendam\n"
                + "ratusan rumah warga di Kampung Melayu, Jakarta Timur, Jumat (17/1/2025).</p>");
        assertThat(banjir.metadata()).isEqualTo(new SourceMetadata("https://contoh.id/nasional/banjir-kampung-melayu",
                "Banjir Rendam Ratusan Rumah di Kampung Melayu", "Fri, 17 Jan 2025 08:30:00 +0700", null,
                "Rina Wulandari"));
        assertThat(banjir.source().label()).isEqualTo(p + "#1");
        assertThat(banjir.source().url()).isEqualTo("https://contoh.id/nasional/banjir-kampung-melayu");

        RawDocument beras = doc(r.get(1));
        assertThat(beras.content()).isEqualTo("<p>SURABAYA &#8211; Harga beras medium naik Rp 1.000 per kilogram.</p>");
        assertThat(beras.metadata().author()).isEqualTo("redaksi@contoh.id (Budi Santoso)");
        assertThat(beras.metadata().published()).as("as written, though no date parser reads it")
                .isEqualTo("Jum, 17 Jan 2025 09.15 WIB");

        Failure foto = (Failure) r.get(2);
        assertThat(foto.message()).isEqualTo(p + "#3: item \"Foto: Suasana Stasiun Manggarai\" has no"
                + " content:encoded, content, description or summary");
        assertThat(foto.source().url()).isEqualTo("https://contoh.id/foto/manggarai");
        assertThat(((Failure) r.get(3)).reason())
                .isEqualTo("item 4 has no content:encoded, content, description or summary");
    }

    @Test
    void atomEntriesUseContentThenSummary() throws IOException {
        Path p = write("daerah.atom", ATOM);
        List<ReadResult> r = read(p);
        assertThat(r).hasSize(2);
        RawDocument gempa = doc(r.get(0));
        assertThat(gempa.content()).isEqualTo("<p>CIANJUR \u2014 Gempa magnitudo 5,2 mengguncang Cianjur.</p>");
        assertThat(gempa.metadata()).isEqualTo(new SourceMetadata("https://contoh.id/daerah/gempa-cianjur",
                "Gempa Magnitudo 5,2 Guncang Cianjur", "2025-01-17T10:05:00+07:00", null, "Dewi Lestari"));
        RawDocument tol = doc(r.get(1));
        assertThat(tol.content()).isEqualTo("<p>SEMARANG - Jalan tol sepanjang 20 km dibuka.</p>");
        assertThat(tol.metadata().url()).isEqualTo("https://contoh.id/daerah/tol-baru");
        assertThat(tol.metadata().published()).isEqualTo("2025-01-17T09:00:00+07:00");
        assertThat(tol.metadata().author()).isNull();
    }

    @Test
    void rss1RdfItemsWithDublinCoreDates() throws IOException {
        Path p = write("rdf.xml", """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://contoh.id/"><title>Contoh</title><link>https://contoh.id/</link>
                    <description>x</description></channel>
                  <item rdf:about="https://contoh.id/a">
                    <title>Pemilu Damai</title><link>https://contoh.id/a</link>
                    <description>KPU mengimbau warga datang ke TPS.</description>
                    <dc:date>2025-01-16T07:00:00+07:00</dc:date><dc:creator>Andi</dc:creator>
                  </item>
                </rdf:RDF>
                """);
        assertThat(read(p)).singleElement().satisfies(r -> assertThat(doc(r).metadata()).isEqualTo(
                new SourceMetadata("https://contoh.id/a", "Pemilu Damai", "2025-01-16T07:00:00+07:00", null, "Andi")));
    }

    @Test
    void aFeedInALegacyOrFalselyDeclaredEncodingWithHtmlEntitiesIsHealed() throws IOException {
        String rss = """
                <?xml version="1.0" encoding="windows-1252"?>
                <rss version="2.0"><channel><title>Lama</title><link>https://lama.id/</link><description>x</description>
                <item><title>Caf\u00e9 \u201cTempo Doeloe\u201d</title><link>https://lama.id/1</link>
                <description>Sejak 1950&nbsp;berdiri &copy; Lama</description></item>
                </channel></rss>
                """;
        Path p = Files.write(dir.resolve("lama.rss"), rss.getBytes(Charset.forName("windows-1252")));
        RawDocument d = doc(read(p).getFirst());
        assertThat(d.metadata().title()).isEqualTo("Caf\u00e9 \u201cTempo Doeloe\u201d");
        assertThat(d.content()).isEqualTo("Sejak 1950\u00a0berdiri \u00a9 Lama");
        // the same bytes under a false UTF-8 declaration, and UTF-8 bytes under a false latin-1 one
        Path lying = Files.write(dir.resolve("bohong.rss"), rss.replace("windows-1252", "UTF-8")
                .getBytes(Charset.forName("windows-1252")));
        assertThat(doc(read(lying).getFirst()).metadata().title()).isEqualTo("Caf\u00e9 \u201cTempo Doeloe\u201d");
        Path utf8 = Files.write(dir.resolve("utf8.rss"), rss.replace("windows-1252", "ISO-8859-1").getBytes(UTF_8));
        assertThat(doc(read(utf8).getFirst()).metadata().title()).isEqualTo("Caf\u00e9 \u201cTempo Doeloe\u201d");
    }

    @Test
    void aBrokenTagCostsTheItemsFromThereOnAndIsOneFailure() throws IOException {
        Path p = write("rusak.rss", RSS.replace("<title>Foto: Suasana Stasiun", "<title>Foto: <b>Suasana Stasiun"));
        List<ReadResult> r = read(p);
        assertThat(r).hasSize(3);
        assertThat(doc(r.get(0)).metadata().title()).isEqualTo("Banjir Rendam Ratusan Rumah di Kampung Melayu");
        assertThat(doc(r.get(1)).content()).isEqualTo(
                "<p>SURABAYA &#8211; Harga beras medium naik Rp 1.000 per kilogram.</p>");
        assertThat(doc(r.get(1)).metadata().published()).isEqualTo("Jum, 17 Jan 2025 09.15 WIB");
        assertThat(((Failure) r.get(2)).message()).isEqualTo(p + ": malformed feed XML at line 26, column 50:"
                + " The element type \"b\" must be terminated by the matching end-tag \"</b>\".");
    }

    @Test
    void aCutOffFeedKeepsTheItemsBeforeTheCut() throws IOException {
        Path cut = write("potong.rss", RSS.substring(0, RSS.indexOf("Stasiun Manggarai")));
        List<ReadResult> r = read(cut);
        assertThat(r).hasSize(3);
        assertThat(doc(r.get(0)).source().label()).isEqualTo(cut + "#1");
        assertThat(doc(r.get(1)).source().label()).isEqualTo(cut + "#2");
        assertThat(((Failure) r.get(2)).reason()).isEqualTo("malformed feed XML at line 26, column 28:"
                + " XML document structures must start and end within the same entity.");
        Path early = write("awal.rss", RSS.substring(0, RSS.indexOf("</content:encoded>")));
        assertThat(read(early)).singleElement().isInstanceOfSatisfying(Failure.class, f -> assertThat(f.reason())
                .isEqualTo("malformed feed XML at line 14, column 80: XML document structures must start and end"
                        + " within the same entity."));
    }

    @Test
    void xmlThatIsNoFeedAndAFeedWithoutItemsAreSaidToBeSo() throws IOException {
        Path sitemap = write("sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/"
                + "sitemap/0.9\"><url><loc>https://contoh.id/</loc></url></urlset>");
        assertThat(((Failure) read(sitemap).getFirst()).reason())
                .isEqualTo("not an RSS or Atom feed (root element <urlset>)");
        Path empty = write("kosong.rss", "<rss version=\"2.0\"><channel><title>Kosong</title></channel></rss>");
        assertThat(((Failure) read(empty).getFirst()).reason()).isEqualTo("no items in the feed");
        Path blank = write("hampa.atom", "\n  \n");
        assertThat(((Failure) read(blank).getFirst()).reason()).isEqualTo("empty input");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityCanReachOutside() throws IOException {
        Path p = write("xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>x</title><item><title>&x;</title><description>d</description>"
                + "</item></channel></rss>");
        assertThat(((Failure) read(p).getFirst()).reason()).startsWith("malformed feed XML at line 1, column ")
                .contains("DOCTYPE");
    }
}
