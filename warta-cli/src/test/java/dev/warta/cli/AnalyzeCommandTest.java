package dev.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta analyze} as a user runs it: good and bad inputs in one run. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, List<JsonNode> out, String err) {
    }

    private static synchronized Run run(String... args) throws IOException {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        List<JsonNode> docs = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                docs.add(JSON.readTree(line));
            }
        }
        return new Run(exit, docs, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyInputGetsALineAndBadOnesAnError() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"),
                "TEMPO.CO, Jakarta - Presiden meresmikan jalan tol baru di Jawa Tengah.\nEditor: Sri Rahayu\n");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Sambutan Pak Hadi: \"Selamat.\" caf\u00e9"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Path jsonl = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"url\":\"https://contoh.id/1\",\"text\":\"Jakarta - Harga beras naik.\"}\n{oops\n");
        Run r = run("analyze", good.toString(), empty.toString(), binary.toString(), latin1.toString(),
                big.toString(), jsonl.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).hasSize(7);
        assertThat(r.out().get(0).path("article").path("outlet").asText()).isEqualTo("TEMPO.CO");
        assertThat(r.out().get(0).path("article").path("credits").get(0).path("name").asText()).isEqualTo("Sri Rahayu");
        assertThat(r.out().get(1).path("error").path("message").asText()).isEqualTo("empty input");
        assertThat(r.out().get(2).path("error").path("message").asText()).startsWith("binary content");
        assertThat(r.out().get(3).path("error").path("message").asText()).startsWith("invalid UTF-8 at byte");
        assertThat(r.out().get(4).path("error").path("message").asText()).startsWith("too large");
        assertThat(r.out().get(5).path("article").path("dateline").asText()).isEqualTo("Jakarta");
        assertThat(r.out().get(6).path("source").path("line").asInt()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> l.startsWith("warta: " + dir)).count()).isEqualTo(5);
        assertThat(r.err()).contains("warta: " + empty + ": empty input", "warta: 2 analysed, 5 failed");
    }

    @Test
    void allGoodExitsZero() throws IOException {
        Path good = Files.writeString(dir.resolve("a.txt"), "JAKARTA, KOMPAS.com - Sidang ditunda hingga pekan depan.");
        Run r = run("analyze", good.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).singleElement().satisfies(d -> {
            assertThat(d.path("article").path("outlet").asText()).isEqualTo("KOMPAS.com");
            assertThat(d.path("article").path("dateline").asText()).isEqualTo("JAKARTA");
        });
        assertThat(r.err()).isEmpty();
    }

    @Test
    void hostileHtmlIsReadAsText() throws IOException {
        Path page = Files.writeString(dir.resolve("p.html"), "<html><head><title>Judul</title><script>alert(1)"
                + "</script></head><body><p>JAKARTA - Warga <b>menolak</b> &lt;script&gt; itu, karena rencana "
                + "pembangunan dinilai merugikan pedagang kecil di sekitar pasar.</p><p>Baca Juga: X</p>"
                + "<p>Pemerintah kota berjanji meninjau ulang rencana itu bersama perwakilan pedagang pekan depan.</p>"
                + "<div><div><span>unclosed");
        Run r = run("analyze", page.toString());
        JsonNode a = r.out().getFirst().path("article");
        assertThat(a.path("title").asText()).isEqualTo("Judul");
        assertThat(a.path("text").asText()).startsWith("Warga menolak <script> itu,").doesNotContain("alert");
        assertThat(a.path("removed").get(0).path("text").asText()).isEqualTo("Baca Juga: X");
    }

    @Test
    void aPageWithNoTextIsAFailureNotACrash() throws IOException {
        Path page = Files.writeString(dir.resolve("empty.html"), "<html><head><script>var a;</script></head></html>");
        Run r = run("analyze", page.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().getFirst().path("error").path("message").asText()).contains("no text");
    }

    @Test
    void aFeedGivesOneDocumentPerItem() throws IOException {
        Path feed = Files.writeString(dir.resolve("berita.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Contoh</title>
                <item><title>Pemkot Tambah Pompa Air</title><link>https://contoh.id/berita/1</link>
                <pubDate>Fri, 17 Jan 2025 08:30:00 +0700</pubDate><dc:creator>Rina Putri</dc:creator>
                <content:encoded><![CDATA[<p>SEMARANG, CONTOH.ID - Pemerintah kota menambah sepuluh pompa air di
                kawasan utara untuk mengantisipasi banjir rob yang kerap merendam permukiman warga.</p>]]>
                </content:encoded></item>
                <item><title>Kosong</title><link>https://contoh.id/berita/2</link></item>
                </channel></rss>
                """);
        Run r = run("analyze", feed.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode a = r.out().get(0).path("article");
        assertThat(a.path("title").asText()).isEqualTo("Pemkot Tambah Pompa Air");
        assertThat(a.path("published").path("value").asText()).isEqualTo("2025-01-17T08:30+07:00");
        assertThat(a.path("dateline").asText()).isEqualTo("SEMARANG");
        assertThat(a.path("page").path("authors").get(0).asText()).isEqualTo("Rina Putri");
        assertThat(r.out().get(1).path("error").path("message").asText()).contains("Kosong");
    }
}
