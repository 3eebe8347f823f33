package dev.warta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warta.Warta;
import dev.warta.model.AnalysisResult;
import dev.warta.model.Article;
import dev.warta.model.CreditRole;
import dev.warta.model.Document;
import dev.warta.model.PageMetadata;
import dev.warta.model.RemovalKind;
import dev.warta.source.ReadLimits;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole pages in the house styles of Indonesian portals and one English outlet, read from files through
 * the real pipeline: headline without the site name, date, lead, body without furniture, credits and
 * what the text path removed. Every page under {@code pages/portal} is invented for this test.
 */
class PortalPagesTest {
    private static final String PAGES = "/pages/portal/";
    private static Warta warta;

    @BeforeAll
    static void create() {
        warta = Warta.create();
    }

    @Test
    void detik() throws Exception {
        Document doc = analyzed("detik.html");
        Article a = doc.article();
        assertThat(a.title()).isEqualTo("Perpustakaan Umum di Cikini Kini Buka sampai Malam");
        assertThat(a.published().iso()).isEqualTo("2025-11-18T09:15+07:00");
        assertThat(a.language()).isEqualTo("id");
        // the bare "Jakarta -" lead names no outlet: the outlet is the canonical URL's host
        assertThat(a.dateline()).isEqualTo("Jakarta");
        assertThat(a.outlet()).isEqualTo("news.detik.com");
        assertThat(a.lead().span().of(doc.input())).isEqualTo("Jakarta - ");
        assertThat(firstSentence(doc)).isEqualTo("Perpustakaan umum di kawasan Cikini, Jakarta Pusat, memperpanjang "
                + "jam layanan hingga pukul 21.00 WIB mulai pekan depan.");
        assertThat(lastSentence(doc)).isEqualTo("\"Kami berharap perpustakaan menjadi tempat belajar yang nyaman, "
                + "bukan hanya tempat meminjam buku,\" ujar Wulan.");
        assertThat(a.paragraphs()).hasSize(6);
        assertThat(a.credits()).extracting(c -> c.name(), c -> c.role()).containsExactly(
                tuple("lau", CreditRole.REPORTER),
                tuple("pta", CreditRole.EDITOR));
        assertThat(a.removed()).extracting(r -> r.kind(), r -> r.text()).containsExactly(
                tuple(RemovalKind.CREDIT, "(lau/pta)"));
        assertThat(a.text()).doesNotContain(
                "Jakarta -", "detikNews", "detikFinance", // lead and navigation
                "Baca juga", "Taman Menteng Dipercantik", // linksisip box
                "ADVERTISEMENT", "SCROLL TO CONTINUE", // parallax ad
                "Simak juga Video", "Gambas", "(lau/pta)",
                "Berita Terpopuler", "Jadwal Kereta Bandara", "Pasar Tani",
                "Pengunjung membaca di ruang baca lantai dua", "Foto:", // caption
                "Bagikan", "Salin Link", "perpustakaan cikini", // share bar, tags
                "Komentar", "budi_santoso88", "Bagus sekali", "parkir motornya", // comments
                "Pedoman Media Siber", "Copyright");
        PageMetadata page = a.page();
        assertThat(page.title()).isEqualTo("Perpustakaan Umum di Cikini Kini Buka sampai Malam");
        assertThat(page.canonicalUrl()).isEqualTo(
                "https://news.detik.com/berita/d-8123456/perpustakaan-umum-di-cikini-kini-buka-sampai-malam");
        assertThat(page.siteName()).isEqualTo("detiknews");
        assertThat(page.authors()).containsExactly("Fikri Ananda");
        assertThat(page.section()).isEqualTo("Berita");
        assertThat(page.tags()).containsExactly("perpustakaan", "cikini", "jakarta pusat", "layanan publik");
        assertThat(page.nextPages()).isEmpty();
    }

    @Test
    void cnnIndonesia() throws Exception {
        Document doc = analyzed("cnnindonesia.html");
        Article a = doc.article();
        assertThat(a.title()).isEqualTo("Pekan Olahraga Pelajar Digelar di Jakarta, Diikuti 2.400 Atlet Muda");
        assertThat(a.published().iso()).isEqualTo("2025-11-27T14:30+07:00");
        assertThat(a.page().modified().iso()).isEqualTo("2025-11-27T15:02+07:00");
        assertThat(a.outlet()).isEqualTo("CNN Indonesia");
        assertThat(a.dateline()).isEqualTo("Jakarta");
        assertThat(a.lead().span().of(doc.input())).isEqualTo("Jakarta, CNN Indonesia -- ");
        assertThat(firstSentence(doc)).isEqualTo("Pekan olahraga pelajar tingkat nasional resmi dibuka di Jakarta "
                + "pada Kamis (27/11) dan akan berlangsung hingga 4 Desember.");
        assertThat(lastSentence(doc)).isEqualTo(
                "Penonton diminta datang paling lambat 30 menit sebelum pertandingan dimulai.");
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.credits()).extracting(c -> c.name(), c -> c.role()).containsExactly(
                tuple("nda", CreditRole.REPORTER),
                tuple("rds", CreditRole.EDITOR));
        // the in-article ad labels sit in the body's own container: the text path removes them
        assertThat(a.removed()).extracting(r -> r.kind(), r -> r.text()).containsExactly(
                tuple(RemovalKind.AD, "ADVERTISEMENT"),
                tuple(RemovalKind.AD, "SCROLL TO CONTINUE WITH CONTENT"),
                tuple(RemovalKind.CREDIT, "(nda/rds)"));
        assertThat(a.text()).doesNotContain(
                "CNN Indonesia", "Internasional", "Teknologi",
                "ADVERTISEMENT", "SCROLL TO CONTINUE",
                "Baca juga", "Tim Renang Pelajar Jawa Barat", // inline link
                "Berita Terkait", "Stadion Madya Siap", "Panitia Siapkan Asrama", // related box
                "Terpopuler", "Jalur Sepeda Baru", "Harga Cabai", // trending
                "upacara pembukaan di stadion madya", "Rizal Hakim", // caption
                "Bagikan", "url telah tercopy", "Topik Terkait",
                "Gambas", "(nda/rds)", "Hak Cipta");
        assertThat(a.page().canonicalUrl()).isEqualTo("https://www.cnnindonesia.com/olahraga/20251127143000-178-1298765/"
                + "pekan-olahraga-pelajar-digelar-di-jakarta-diikuti-2400-atlet-muda");
        assertThat(a.page().siteName()).isEqualTo("CNN Indonesia");
        assertThat(a.page().section()).isEqualTo("Olahraga");
    }

    @Test
    void kompas() throws Exception {
        Document doc = analyzed("kompas.html");
        Article a = doc.article();
        assertThat(a.title()).isEqualTo("Ratusan Warga Bersihkan Bantaran Kali di Jakarta Timur");
        assertThat(a.published().iso()).isEqualTo("2025-12-07T07:45+07:00");
        assertThat(a.outlet()).isEqualTo("KOMPAS.com");
        assertThat(a.dateline()).isEqualTo("JAKARTA");
        assertThat(a.lead().span().of(doc.input())).isEqualTo("JAKARTA, KOMPAS.com - ");
        assertThat(firstSentence(doc)).isEqualTo("Ratusan warga, pelajar dan petugas kebersihan membersihkan bantaran "
                + "kali sepanjang tiga kilometer di Jakarta Timur, Minggu (7/12/2025) pagi.");
        assertThat(lastSentence(doc)).isEqualTo("Ia juga meminta warga tidak lagi membuang sampah ke kali karena "
                + "dapat memicu genangan saat hujan deras.");
        assertThat(a.paragraphs()).hasSize(5);
        // the Penulis/Editor box stands after the body's container
        assertThat(a.credits()).extracting(c -> c.name(), c -> c.role()).containsExactly(
                tuple("Rizky Maulana", CreditRole.WRITER),
                tuple("Dian Puspitasari", CreditRole.EDITOR));
        assertThat(a.removed()).extracting(r -> r.kind(), r -> r.text()).containsExactly(
                tuple(RemovalKind.RELATED, "Baca juga:"),
                tuple(RemovalKind.RELATED, "Baca juga:"),
                tuple(RemovalKind.PROMO, "Dapatkan update berita pilihan setiap hari dari Kompas.com melalui "
                        + "saluran WhatsApp."),
                tuple(RemovalKind.CREDIT, "Penulis : Rizky Maulana"),
                tuple(RemovalKind.CREDIT, "Editor : Dian Puspitasari"));
        assertThat(a.text()).doesNotContain(
                "KOMPAS.com", "Kompas.com", "Megapolitan", "Tekno",
                "Baca juga", "Petugas Keruk Lumpur", "Bank Sampah Warga Cakung", // inline "Baca juga:" links
                "Terpopuler", "Jalan Layang di Cawang", "Pasar Malam di Kota Tua", // trending
                "Warga mengangkat sampah plastik", "RIZKY MAULANA", // caption
                "Dapatkan update", "WhatsApp", "Penulis", "Editor", "Tag", "kerja bakti", "Copyright");
        PageMetadata page = a.page();
        assertThat(page.siteName()).isEqualTo("KOMPAS.com");
        assertThat(page.section()).isEqualTo("Megapolitan");
        assertThat(page.authors()).containsExactly("Rizky Maulana");
        assertThat(page.tags()).containsExactly("kerja bakti", "Jakarta Timur", "sampah sungai");
        assertThat(page.canonicalUrl()).isEqualTo("https://megapolitan.kompas.com/read/2025/12/07/07450071/"
                + "ratusan-warga-bersihkan-bantaran-kali-di-jakarta-timur");
    }

    @Test
    void tribunTwoPagesInOneDirectoryAreOneArticle() throws Exception {
        Document doc = analyzed("tribun");
        Article a = doc.article();
        String page1 = "https://www.tribunnews.com/bisnis/2025/12/10/"
                + "bazar-umkm-akhir-tahun-di-lapangan-banteng-diikuti-300-pelaku-usaha";
        assertThat(doc.source().location()).endsWith("tribun-1.html");
        assertThat(a.title()).isEqualTo("Bazar UMKM Akhir Tahun di Lapangan Banteng Diikuti 300 Pelaku Usaha");
        assertThat(a.published().iso()).isEqualTo("2025-12-10T16:20+07:00");
        assertThat(a.outlet()).isEqualTo("TRIBUNNEWS.COM");
        assertThat(a.dateline()).isEqualTo("JAKARTA");
        assertThat(a.lead().span().of(doc.input())).isEqualTo("TRIBUNNEWS.COM, JAKARTA - ");
        assertThat(firstSentence(doc)).isEqualTo("Bazar usaha mikro, kecil dan menengah (UMKM) akhir tahun resmi "
                + "dibuka di Lapangan Banteng, Jakarta Pusat, Rabu (10/12/2025).");
        // page 1, then page 2, in order
        assertThat(a.text()).containsSubsequence(
                "Bazar usaha mikro, kecil dan menengah (UMKM) akhir tahun resmi dibuka",
                "Panitia juga menyediakan area khusus bagi pelaku usaha penyandang disabilitas di dekat pintu "
                        + "masuk utama.",
                "Selain stan penjualan, panitia menggelar kelas singkat tentang pengemasan produk",
                "\"Hari pertama saja sudah laku 35 pasang.",
                "Angka itu lebih tinggi dibanding bazar serupa tahun lalu yang mencatat transaksi sekitar Rp 9 miliar.");
        assertThat(a.text()).endsWith("Angka itu lebih tinggi dibanding bazar serupa tahun lalu yang mencatat "
                + "transaksi sekitar Rp 9 miliar.").doesNotContain("Tags:");
        assertThat(a.credits()).extracting(c -> c.name(), c -> c.role()).containsExactly(
                tuple("Anisa Rahmawati", CreditRole.WRITER),
                tuple("Bambang Wicaksono", CreditRole.EDITOR));
        assertThat(a.removed()).extracting(r -> r.kind(), r -> r.text()).contains(
                tuple(RemovalKind.CREDIT, "Penulis: Anisa Rahmawati"),
                tuple(RemovalKind.CREDIT, "Editor: Bambang Wicaksono"));
        assertThat(a.text()).doesNotContain(
                "TRIBUNNEWS.COM", "Seleb", "Regional",
                "Baca juga", "Pelatihan Pemasaran Digital", "Kebanjiran Pesanan", // inline related links
                "Halaman", "Selanjutnya", // pager
                "Populer", "Harga Telur Ayam", "Festival Kuliner Pesisir", // trending
                "Pengunjung memilih kerajinan anyaman", // caption
                "Komentar", "Ayo dukung produk lokal", // comments
                "Facebook", "Tentang Kami", "All Right Reserved");
        PageMetadata page = a.page();
        assertThat(page.canonicalUrl()).isEqualTo(page1);
        assertThat(page.siteName()).isEqualTo("Tribunnews.com");
        assertThat(page.section()).isEqualTo("Bisnis");
        assertThat(page.nextPages()).isEmpty();
    }

    @Test
    void tribunFirstPageLinksToTheSecond() throws Exception {
        Document doc = analyzed("tribun/tribun-1.html");
        assertThat(doc.article().page().nextPages()).containsExactly("https://www.tribunnews.com/bisnis/2025/12/10/"
                + "bazar-umkm-akhir-tahun-di-lapangan-banteng-diikuti-300-pelaku-usaha?page=2");
        assertThat(doc.article().credits()).isEmpty();
    }

    @Test
    void antara() throws Exception {
        Document doc = analyzed("antara.html");
        Article a = doc.article();
        assertThat(a.title()).isEqualTo("Museum Tekstil Pamerkan 120 Kain Batik Pesisir");
        assertThat(a.published().iso()).isEqualTo("2025-12-15T11:05+07:00");
        assertThat(a.outlet()).isEqualTo("ANTARA");
        assertThat(a.dateline()).isEqualTo("Jakarta");
        assertThat(a.lead().span().of(doc.input())).isEqualTo("Jakarta (ANTARA) - ");
        // the body is text lines between <br><br>, not paragraphs
        assertThat(firstSentence(doc)).isEqualTo("Museum Tekstil di Jakarta memamerkan 120 kain batik pesisir dari "
                + "koleksi perajin dan kolektor selama satu bulan, mulai Senin hingga 15 Januari 2026.");
        assertThat(a.text()).contains("Kurator pameran, Ratna Dewi Lestari, mengatakan",
                "Museum buka setiap hari kecuali Senin pekan depan karena perawatan gedung.");
        assertThat(a.text()).endsWith("Museum buka setiap hari kecuali Senin pekan depan karena perawatan gedung.")
                .doesNotContain("Pewarta", "Copyright");
        assertThat(a.credits()).extracting(c -> c.name(), c -> c.role()).containsExactly(
                tuple("Yoga Pratama", CreditRole.REPORTER),
                tuple("Sri Handayani", CreditRole.EDITOR));
        assertThat(a.removed()).extracting(r -> r.kind(), r -> r.text()).contains(
                tuple(RemovalKind.CREDIT, "Pewarta: Yoga Pratama"),
                tuple(RemovalKind.CREDIT, "Editor: Sri Handayani"));
        assertThat(a.text()).doesNotContain(
                "Jakarta (ANTARA)", "Politik", "Humaniora",
                "Baca juga", "pewarnaan alami", // inline related link
                "Terpopuler", "Kereta tambahan", "Petani garam", // trending
                "Pengunjung mengamati kain batik", "ANTARA/Yoga Pratama", // caption
                "Tag:", "Telegram", "Kode Etik");
        assertThat(a.page().siteName()).isEqualTo("ANTARA News");
        assertThat(a.page().authors()).containsExactly("Yoga Pratama");
        assertThat(a.page().section()).isEqualTo("Hiburan");
    }

    @Test
    void tempo() throws Exception {
        Document doc = analyzed("tempo.html");
        Article a = doc.article();
        assertThat(a.title()).isEqualTo("Taman Kota di Kebayoran Dibuka Lagi Setelah Renovasi Enam Bulan");
        assertThat(a.published().iso()).isEqualTo("2025-12-19T20:40+07:00");
        assertThat(a.page().modified().iso()).isEqualTo("2025-12-19T21:05+07:00");
        assertThat(a.outlet()).isEqualTo("TEMPO.CO");
        assertThat(a.dateline()).isEqualTo("Jakarta");
        assertThat(a.lead().span().of(doc.input())).isEqualTo("TEMPO.CO, Jakarta - ");
        assertThat(firstSentence(doc)).isEqualTo("Taman kota di Kebayoran Baru, Jakarta Selatan, kembali dibuka untuk "
                + "umum pada Jumat, 19 Desember 2025, setelah direnovasi selama enam bulan.");
        assertThat(lastSentence(doc)).isEqualTo("Pengelola melarang pedagang berjualan di dalam area taman, tetapi "
                + "menyediakan lokasi khusus di sisi barat.");
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.credits()).extracting(c -> c.name(), c -> c.role()).containsExactly(
                tuple("Nabila Kurnia", CreditRole.REPORTER),
                tuple("Agus Setiawan", CreditRole.EDITOR));
        assertThat(a.removed()).extracting(r -> r.kind(), r -> r.text()).containsExactly(
                tuple(RemovalKind.PROMO, "Baca berita dengan sedikit iklan, klik di sini"),
                tuple(RemovalKind.CREDIT, "Reporter: Nabila Kurnia"),
                tuple(RemovalKind.CREDIT, "Editor: Agus Setiawan"));
        assertThat(a.text()).doesNotContain(
                "TEMPO.CO", "Berlangganan", "Sains",
                "Pilihan Editor", "Jalur Sepeda di Senopati", // "Pilihan Editor:" block
                "sedikit iklan", "klik di sini",
                "Terpopuler", "Lampu Jalan Tenaga Surya", "Pengamat Burung", // trending
                "Warga berjalan di jalur pedestrian baru", "Fajar Nugroho", // caption
                "Reporter", "Editor", "Salin Tautan", "Ruang Terbuka Hijau", "Hak cipta");
        assertThat(a.page().siteName()).isEqualTo("Tempo");
        assertThat(a.page().section()).isEqualTo("Metro");
        assertThat(a.page().tags()).containsExactly("taman kota", "kebayoran baru", "ruang terbuka hijau");
    }

    @Test
    void jakartaPostInEnglish() throws Exception {
        Document doc = analyzed("jakartapost.html");
        Article a = doc.article();
        assertThat(a.title()).isEqualTo("Jakarta adds 60 kilometers of protected bike lanes");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.published().iso()).isEqualTo("2025-12-22T18:10+07:00");
        assertThat(a.outlet()).isEqualTo("JP");
        assertThat(a.dateline()).isEqualTo("JAKARTA");
        assertThat(a.lead().span().of(doc.input())).isEqualTo("JAKARTA (JP) - ");
        assertThat(firstSentence(doc)).isEqualTo("The city administration has added 60 kilometers of protected bike "
                + "lanes this year, linking residential neighborhoods in East Jakarta with four commuter train stations.");
        assertThat(lastSentence(doc)).isEqualTo("Some shop owners along the routes have raised concerns about loading "
                + "zones, and the city has promised to adjust the design at three intersections by March.");
        assertThat(a.paragraphs()).hasSize(5);
        // the "Writer:" byline above the body names the author of the page; article.credits() is not
        // asserted (credit lines before the body are not read: reported)
        assertThat(a.page().authors()).containsExactly("Dimas Prakoso");
        assertThat(a.text()).doesNotContain(
                "JAKARTA (JP)", "Business", "Opinion", "Subscribe",
                "Read also", "Train stations to get more bicycle parking", // "Read also:" box
                "Most Popular", "Rice stocks", "Old Town hosts", // trending
                "Cyclists ride along a newly painted lane", "(JP/Dimas Prakoso)", // caption
                "Writer", "Share on", "urban transport", "Privacy Policy", "Niskala");
        PageMetadata page = a.page();
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.siteName()).isEqualTo("The Jakarta Post");
        assertThat(page.section()).isEqualTo("Indonesia");
        assertThat(page.tags()).containsExactly("cycling", "urban transport");
    }

    /** The one document that the pipeline makes of a resource under {@code pages/portal} (a file or a directory). */
    private static Document analyzed(String resource) throws Exception {
        URL url = PortalPagesTest.class.getResource(PAGES + resource);
        assertThat(url).as("test resource %s", resource).isNotNull();
        Path path = Path.of(url.toURI());
        List<AnalysisResult> results;
        try (Stream<AnalysisResult> s = warta.analyze(List.of(path.toString()), ReadLimits.DEFAULT,
                InputStream.nullInputStream())) {
            results = s.toList();
        }
        assertThat(results).hasSize(1);
        assertThat(results.getFirst()).isInstanceOf(Document.class);
        return (Document) results.getFirst();
    }

    private static String firstSentence(Document doc) {
        return doc.sentences().getFirst().span().of(doc.article().text());
    }

    private static String lastSentence(Document doc) {
        return doc.sentences().getLast().span().of(doc.article().text());
    }
}
