package dev.warta.server;

import dev.warta.Warta;
import dev.warta.model.ContentType;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import dev.warta.store.CorpusStore;
import dev.warta.store.IngestOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One server for every test of this module, over a corpus in a temporary directory ingested from
 * Indonesian articles written for the tests: a meeting reported by two outlets (one story), a flood and
 * its syndicated copy, and a police report whose text holds a script tag. Started on first use on a free
 * port of 127.0.0.1, stopped when the test JVM exits (the index allows one open store per directory).
 */
final class TestCorpus {
    static final String MEETING = "https://portal-a.id/prabowo-anwar";
    static final String MEETING_OTHER = "https://portal-b.id/anwar-prabowo";
    static final String FLOOD = "https://portal-a.id/banjir-semarang";
    static final String FLOOD_COPY = "https://portal-c.id/banjir-genuk";
    static final String HACK = "https://portal-d.id/peretas";
    static final String SCRIPT = "<script>alert(1)</script>";
    private static final String FLOOD_TEXT = "Banjir merendam ratusan rumah warga di Kecamatan Genuk, Kota Semarang, Jawa Tengah, "
            + "setelah hujan deras mengguyur sejak Senin malam. Ketinggian air mencapai satu meter di sejumlah titik.\n\n"
            + "Kepala Badan Penanggulangan Bencana Daerah Kota Semarang Endro Pudyo Martantono mengatakan petugas "
            + "mengevakuasi 230 warga ke balai kelurahan dan masjid terdekat. Dapur umum didirikan di dua lokasi.\n\n"
            + "Wali Kota Semarang Agustina Wilujeng meminta warga di bantaran sungai tetap waspada karena hujan "
            + "diperkirakan masih turun hingga akhir pekan.";
    private static final List<String[]> ARTICLES = List.of(
            new String[] {MEETING, "2025-06-12T09:00:00+07:00",
                "Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur untuk "
                    + "membahas perlindungan pekerja migran dan perbatasan kedua negara.\n\nKedua pemimpin sepakat "
                    + "mempercepat perundingan batas laut di Laut Sulawesi.\n\n\"Kami ingin pekerja migran Indonesia "
                    + "terlindungi sepenuhnya,\" kata Prabowo Subianto kepada wartawan."},
            new String[] {MEETING_OTHER, "2025-06-13T08:00:00+07:00",
                "Perdana Menteri Malaysia Anwar Ibrahim menerima Presiden Prabowo Subianto di Putrajaya. Kedua pemimpin "
                    + "membahas nasib pekerja migran Indonesia di Sabah dan Sarawak.\n\nAnwar Ibrahim mengatakan "
                    + "Malaysia siap mempercepat penyelesaian batas laut."},
            new String[] {FLOOD, "2025-03-04T10:00:00+07:00", FLOOD_TEXT},
            new String[] {FLOOD_COPY, "2025-03-04T13:00:00+07:00",
                FLOOD_TEXT.replace("ratusan rumah", "sedikitnya 400 rumah").replace("Dapur umum", "Posko dan dapur umum")},
            new String[] {HACK, "2025-05-02T15:00:00+07:00",
                "Polisi menangkap dua tersangka peretasan situs Pemerintah Kota Medan di Medan, Sumatera Utara. Pelaku "
                    + "menyisipkan kode " + SCRIPT + " dan <img src=x onerror=alert(2)> ke halaman depan situs itu.\n\n"
                    + "Kepala Kepolisian Daerah Sumatera Utara Irjen Whisnu Hermawan mengatakan kedua tersangka kini "
                    + "ditahan. \"Kami masih memburu satu pelaku lain,\" ujar Whisnu Hermawan."});
    private static TestCorpus running;
    private final WartaServer server;
    private final Map<String, IngestOutcome> byUrl;

    private TestCorpus(WartaServer server, Map<String, IngestOutcome> byUrl) {
        this.server = server;
        this.byUrl = byUrl;
    }

    static synchronized TestCorpus get() throws IOException {
        if (running == null) {
            running = start();
        }
        return running;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    WartaServer server() {
        return server;
    }

    String id(String url) {
        return byUrl.get(url).articleId();
    }

    String story(String url) {
        return byUrl.get(url).story();
    }

    private static TestCorpus start() throws IOException {
        Path data = Files.createTempDirectory("warta-server-test");
        Warta warta = Warta.create();
        CorpusStore store = CorpusStore.open(data);
        Map<String, IngestOutcome> byUrl = new LinkedHashMap<>();
        int line = 0;
        for (String[] a : ARTICLES) {
            // untitled, as plain text inputs are: the API then shows the text's opening as the title
            var raw = new RawDocument(new SourceRef("test.jsonl", ++line, a[0]), ContentType.TEXT, a[2],
                    new SourceMetadata(a[0], null, a[1], "id", null));
            byUrl.put(a[0], store.add(warta.analyze(raw)));
        }
        store.commit();
        WartaServer server = WartaServer.start(store, WartaServer.DEFAULT_HOST, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                store.close();
                delete(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return new TestCorpus(server, byUrl);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
