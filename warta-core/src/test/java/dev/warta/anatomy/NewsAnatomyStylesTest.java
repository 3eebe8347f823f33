package dev.warta.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warta.gazetteer.PlaceNames;
import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.Article;
import dev.warta.model.CitedSource;
import dev.warta.model.Credit;
import dev.warta.model.CreditRole;
import dev.warta.model.DateValue;
import dev.warta.model.Evidence;
import dev.warta.model.Removal;
import dev.warta.model.RemovalKind;
import dev.warta.model.Span;
import dev.warta.time.DateFinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article anatomy of the house styles of Indonesian portals and English wires, on synthetic
 * articles (src/test/resources/articles, one paragraph per line, no title line; every sentence is
 * invented). The expected values were decided by reading the text, not taken from parser output.
 */
class NewsAnatomyStylesTest {
    private static final NewsAnatomyParser PARSER = parser();

    private static NewsAnatomyParser parser() {
        Languages languages = Languages.discover();
        List<Language> all = languages.all();
        DateFinder dates = new DateFinder(all.stream().map(Language::calendar).toList());
        return new NewsAnatomyParser(all, PlaceNames.shipped(), dates);
    }

    private static String read(String file) {
        try (InputStream in = NewsAnatomyStylesTest.class.getResourceAsStream("/articles/" + file)) {
            assertThat(in).as("resource /articles/%s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article parse(String text, String language) {
        return PARSER.parse(text, new ArticleHints(null, language, null, null));
    }

    // ---------------------------------------------------------------------------------------------
    // Expected anatomy of one article file

    /** What a careful reader expects of one article file. */
    static final class Case {
        final String file;
        final String language;
        String lead;
        String outlet;
        String dateline;
        String published;
        final List<Tuple> credits = new ArrayList<>();
        final List<Tuple> cited = new ArrayList<>();
        final List<Tuple> removed = new ArrayList<>();
        int paragraphs;
        String first;
        String last;

        private Case(String file, String language) {
            this.file = file;
            this.language = language;
        }

        static Case id(String file) {
            return new Case(file, "id");
        }

        static Case en(String file) {
            return new Case(file, "en");
        }

        /** The lead prefix as printed (without the space after its separator); null when there is none. */
        Case lead(String prefix, String outlet, String dateline) {
            this.lead = prefix;
            this.outlet = outlet;
            this.dateline = dateline;
            return this;
        }

        Case outlet(String outlet) {
            this.outlet = outlet;
            return this;
        }

        Case published(String iso) {
            this.published = iso;
            return this;
        }

        Case credit(String name, CreditRole role) {
            credits.add(tuple(name, role));
            return this;
        }

        /** A cited source; {@code iso} is null when the citation carries no date. */
        Case cited(String name, String iso) {
            cited.add(tuple(name, iso));
            return this;
        }

        Case removed(RemovalKind kind, String line) {
            removed.add(tuple(kind, line));
            return this;
        }

        Case body(int paragraphs, String firstWords, String lastLine) {
            this.paragraphs = paragraphs;
            this.first = firstWords;
            this.last = lastLine;
            return this;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> articles() {
        return Stream.of(
                Case.id("id-wahananews.txt")
                        .lead("WAHANANEWS.CO, Jakarta -", "WAHANANEWS.CO", "Jakarta")
                        .credit("Yudi Hermawan", CreditRole.EDITOR)
                        .removed(RemovalKind.RELATED, "Baca Juga:")
                        .removed(RemovalKind.RELATED, "Ribuan Penumpang Padati Terminal Kalideres Jelang Akhir Pekan")
                        .removed(RemovalKind.CREDIT, "[Redaktur: Yudi Hermawan]")
                        .body(8, "Pemerintah Provinsi DKI Jakarta menambah 120 unit bus listrik",
                                "Pemprov menargetkan seluruh armada baru sudah beroperasi penuh sebelum akhir tahun."),
                Case.id("id-kompas.txt")
                        .lead("JAKARTA, KOMPAS.com -", "KOMPAS.com", "JAKARTA")
                        .credit("Nirmala Anggraeni", CreditRole.WRITER)
                        .credit("Bayu Setiawan", CreditRole.EDITOR)
                        .cited("BMKG", "2025-03-03")
                        .removed(RemovalKind.RELATED,
                                "Baca juga: Warga Bantaran Kali Diminta Siaga Menghadapi Kenaikan Debit Air")
                        .removed(RemovalKind.RELATED, "Baca juga: Jadwal Operasional KRL Tetap Normal meski Hujan Deras")
                        .removed(RemovalKind.PROMO,
                                "Dapatkan berita terkini pilihan Kompas.com langsung di WhatsApp Channel kami.")
                        .removed(RemovalKind.CREDIT, "Penulis: Nirmala Anggraeni")
                        .removed(RemovalKind.CREDIT, "Editor: Bayu Setiawan")
                        .body(7, "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan hujan lebat",
                                "BMKG memperkirakan intensitas hujan akan menurun mulai pekan depan seiring melemahnya"
                                        + " angin dari arah barat."),
                Case.id("id-antara.txt")
                        .lead("Jakarta (ANTARA) -", "ANTARA", "Jakarta")
                        .credit("Rizky Ananda", CreditRole.REPORTER)
                        .credit("Lestari Wulandari", CreditRole.REPORTER)
                        .credit("M. Hari Santoso", CreditRole.EDITOR)
                        .cited("Bernama", null)
                        .removed(RemovalKind.RELATED,
                                "Baca juga: Produksi rumput laut di Nusa Tenggara Timur naik 12 persen")
                        .removed(RemovalKind.RELATED,
                                "Baca juga: KKP perketat pengawasan kuota penangkapan ikan di Laut Arafura")
                        .removed(RemovalKind.CREDIT, "Pewarta: Rizky Ananda dan Lestari Wulandari")
                        .removed(RemovalKind.CREDIT, "Editor: M. Hari Santoso")
                        .removed(RemovalKind.FOOTER, "Copyright © ANTARA 2025")
                        .body(7, "Kementerian Kelautan dan Perikanan (KKP) memperluas program bantuan mesin kapal",
                                "Ke depan, kementerian akan menggandeng pemerintah daerah untuk memastikan bantuan tepat"
                                        + " sasaran."),
                Case.id("id-tempo.txt")
                        .lead("TEMPO.CO, Jakarta -", "TEMPO.CO", "Jakarta")
                        .cited("Reuters", null)
                        .removed(RemovalKind.RELATED,
                                "Pilihan Editor: Pemerintah Kaji Ulang Skema Subsidi Energi untuk Tahun Depan")
                        .removed(RemovalKind.RELATED,
                                "Pilihan Editor: Antrean Kendaraan di SPBU Jalur Pantura Mulai Terurai")
                        .body(6, "Harga minyak mentah dunia kembali melemah pada perdagangan Selasa, 11 Maret 2025,",
                                "Sejumlah pengusaha angkutan berharap penurunan harga minyak dunia segera tercermin pada"
                                        + " harga solar industri."),
                Case.id("id-cnnindonesia.txt")
                        .lead("Jakarta, CNN Indonesia --", "CNN Indonesia", "Jakarta")
                        .credit("lau", CreditRole.REPORTER)
                        .credit("pta", CreditRole.EDITOR)
                        .cited("Al Jazeera", "2025-01-06")
                        .removed(RemovalKind.CREDIT, "(lau/pta)")
                        .body(7, "Pemerintah Arab Saudi menambah kuota jemaah umrah asal Indonesia",
                                "Pemerintah mengimbau calon jemaah hanya mendaftar melalui biro perjalanan yang memiliki"
                                        + " izin resmi."),
                // detik's bare lead names no outlet, and no furniture line names one either
                Case.id("id-detik.txt")
                        .lead("Jakarta -", null, "Jakarta")
                        .credit("rca", CreditRole.REPORTER)
                        .credit("rca", CreditRole.EDITOR)
                        .removed(RemovalKind.AD, "ADVERTISEMENT")
                        .removed(RemovalKind.AD, "SCROLL TO CONTINUE WITH CONTENT")
                        .removed(RemovalKind.VIDEO,
                                "Simak Video \"Video: Antrean Penonton Mengular di Pintu Masuk Stadion\"")
                        .removed(RemovalKind.CREDIT, "(rca/rca)")
                        .body(6, "Polda Metro Jaya menyiapkan rekayasa lalu lintas di sekitar kawasan Gelora Bung Karno",
                                "Panitia penyelenggara menyebut lebih dari 60.000 tiket telah terjual sejak penjualan"
                                        + " dibuka bulan lalu."),
                Case.id("id-jpnn.txt")
                        .lead("jpnn.com, JAKARTA -", "jpnn.com", "JAKARTA")
                        .credit("Dedi Sofyan", CreditRole.EDITOR)
                        .credit("Dedi Sofyan", CreditRole.REPORTER)
                        .removed(RemovalKind.RELATED, "BACA JUGA: Ribuan Guru Honorer Ikuti Seleksi PPPK Tahap Kedua")
                        .removed(RemovalKind.RELATED,
                                "BACA JUGA: Pemerintah Janji Perbaiki Sistem Pendataan Guru Honorer")
                        .removed(RemovalKind.CREDIT, "Redaktur & Reporter : Dedi Sofyan")
                        .body(7, "Komisi X DPR RI meminta pemerintah mempercepat penyaluran tunjangan profesi",
                                "Rapat kerja tersebut ditutup dengan sejumlah kesimpulan yang akan ditindaklanjuti dalam"
                                        + " rapat berikutnya."),
                // the credit line comes before the lead line: the lead is read on the first body line
                Case.id("id-merdeka.txt")
                        .lead("Merdeka.com -", "Merdeka.com", null)
                        .credit("Ayu Lestari", CreditRole.REPORTER)
                        .removed(RemovalKind.CREDIT, "Reporter : Ayu Lestari")
                        .removed(RemovalKind.PAGINATION, "Halaman: 1 2")
                        .body(6, "Pemerintah Kota Bandung membuka pendaftaran pelatihan kerja gratis",
                                "Pemkot menargetkan separuh peserta sudah terserap dunia kerja paling lambat enam bulan"
                                        + " setelah pelatihan selesai."),
                Case.id("id-idntimes.txt")
                        .lead("Jakarta, IDN Times -", "IDN Times", "Jakarta")
                        .cited("Kyodo", null)
                        .body(7, "Badan Pengawas Obat dan Makanan (BPOM) menarik peredaran tiga merek jajanan anak",
                                "BPOM berjanji mengumumkan hasil uji laboratorium lanjutan dalam dua pekan ke depan."),
                Case.id("id-pikiranrakyat.txt")
                        .lead("PIKIRAN RAKYAT -", "PIKIRAN RAKYAT", null)
                        .cited("The Straits Times", "2025-12-27")
                        .removed(RemovalKind.SEPARATOR, "***")
                        .removed(RemovalKind.SEPARATOR, "***")
                        .body(7, "Pemerintah Singapura memperketat aturan masuk bagi pelancong",
                                "Imbauan tersebut meminta WNI mematuhi seluruh peraturan yang berlaku selama berada di"
                                        + " negara tersebut."),
                // Media Indonesia: "Jakarta:" names no outlet; "Ant" is Antara, "P-4" a staff code
                Case.id("id-mediaindonesia.txt")
                        .lead("Jakarta:", null, "Jakarta")
                        .credit("P-4", CreditRole.REPORTER)
                        .cited("Antara", null)
                        .removed(RemovalKind.CREDIT, "(Ant/P-4)")
                        .body(6, "Bank Indonesia mempertahankan suku bunga acuan pada level 5,75 persen",
                                "Pelaku pasar kini menantikan rilis data pertumbuhan ekonomi kuartal pertama yang"
                                        + " dijadwalkan bulan depan."),
                Case.id("id-tribunjatim.txt")
                        .lead("TRIBUNJATIM.COM, SURABAYA -", "TRIBUNJATIM.COM", "SURABAYA")
                        .credit("Dwi Rahmawati", CreditRole.REPORTER)
                        .credit("Dwi Rahmawati", CreditRole.WRITER)
                        .credit("Eko Prasetyo", CreditRole.EDITOR)
                        .removed(RemovalKind.CREDIT, "Laporan Wartawan TribunJatim.com, Dwi Rahmawati")
                        .removed(RemovalKind.CREDIT, "Penulis: Dwi Rahmawati | Editor: Eko Prasetyo")
                        .body(6, "Pemerintah Kota Surabaya membuka 25 titik layanan cek kesehatan gratis",
                                "Program ini mendapat sambutan positif dari warga, terutama kalangan lanjut usia yang"
                                        + " kesulitan menjangkau fasilitas kesehatan."),
                Case.id("id-viva.txt")
                        .lead("VIVA –", "VIVA", null)
                        .removed(RemovalKind.SOCIAL, "Bagikan artikel ini")
                        .body(6, "Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) mengumumkan",
                                "PBSI menargetkan tim putra dan putri sama-sama lolos ke babak semifinal."),
                // the timestamp line dates the page, and that date gives the year of "Minggu (23/2)";
                // the lead names no outlet, the Google News line does
                Case.id("id-okezone-timestamp.txt")
                        .lead("JAKARTA -", "Okezone", "JAKARTA")
                        .published("2025-02-24T16:45+07:00")
                        .cited("Reuters", "2025-02-23")
                        .removed(RemovalKind.TIMESTAMP, "Senin, 24 Februari 2025 - 16:45 WIB")
                        .removed(RemovalKind.PROMO, "Follow Berita Okezone di Google News")
                        .body(6, "Kementerian Perhubungan memperkirakan puncak arus mudik Lebaran",
                                "Posko kesehatan dan bengkel siaga akan tersedia di setiap rest area sepanjang jalur"
                                        + " mudik."),
                Case.id("id-kumparan.txt")
                        .lead(null, null, null)
                        .removed(RemovalKind.AD, "ADVERTISEMENT")
                        .removed(RemovalKind.AD, "ADVERTISEMENT")
                        .removed(RemovalKind.AD, "ADVERTISEMENT")
                        .body(6, "Badan Pusat Statistik (BPS) mencatat jumlah kunjungan wisatawan mancanegara",
                                "BPS juga mencatat rata-rata lama menginap tamu asing mencapai 2,6 malam."),
                // "Baca Juga" without a colon, then a list of three headlines
                Case.id("id-liputan6.txt")
                        .lead("Liputan6.com, Jakarta -", "Liputan6.com", "Jakarta")
                        .removed(RemovalKind.RELATED, "Baca Juga")
                        .removed(RemovalKind.RELATED, "Tiket Pesawat Rute Domestik Diskon hingga 20 Persen")
                        .removed(RemovalKind.RELATED, "Okupansi Hotel di Labuan Bajo Naik Jelang Libur Panjang")
                        .removed(RemovalKind.RELATED, "Pemerintah Siapkan Insentif bagi Desa Wisata")
                        .body(5, "Kementerian Pariwisata menyiapkan paket promosi bersama maskapai",
                                "Kementerian menargetkan jumlah perjalanan wisatawan domestik naik sedikitnya 10 persen"
                                        + " dibandingkan tahun lalu."),
                Case.en("en-reuters.txt")
                        .lead("JAKARTA (Reuters) -", "Reuters", "JAKARTA")
                        .cited("Yonhap News Agency", null)
                        .credit("Dewi Anggraini", CreditRole.REPORTER)
                        .credit("Martin Hale", CreditRole.EDITOR)
                        .removed(RemovalKind.CREDIT, "(Reporting by Dewi Anggraini; Editing by Martin Hale)")
                        .body(6, "Indonesia's state electricity company plans to add 3 gigawatts",
                                "Indonesia has pledged to reach net-zero emissions by 2060, although coal still accounts"
                                        + " for more than half of its power generation."),
                Case.en("en-antara.txt")
                        .lead("Jakarta (ANTARA) -", "ANTARA", "Jakarta")
                        .credit("Aditya Pratama", CreditRole.REPORTER)
                        .credit("Rahmad Hidayat", CreditRole.EDITOR)
                        .cited("Kyodo", null)
                        .removed(RemovalKind.RELATED,
                                "Related news: Indonesia, Japan discuss training for disaster response volunteers")
                        .removed(RemovalKind.RELATED,
                                "Related news: BMKG installs new seismic sensors in eastern Indonesia")
                        .removed(RemovalKind.CREDIT, "Reporter: Aditya Pratama")
                        .removed(RemovalKind.CREDIT, "Editor: Rahmad Hidayat")
                        .removed(RemovalKind.FOOTER, "Copyright © ANTARA 2025")
                        .body(6, "Indonesia and Japan agreed to expand cooperation on disaster early warning systems",
                                "Indonesia sits on the Pacific Ring of Fire and records thousands of earthquakes every"
                                        + " year."),
                Case.en("en-straitstimes.txt")
                        .lead("SINGAPORE -", null, "SINGAPORE")
                        .cited("Reuters", null)
                        .removed(RemovalKind.RELATED, "READ MORE: Hawker centres to get more shaded seating by 2027")
                        .removed(RemovalKind.PROMO, "Join our Telegram channel for the latest updates from the city.")
                        .body(6, "More than 300 hawker stalls will receive subsidies",
                                "The first stalls are expected to switch to the new equipment by the end of the year."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void houseStyle(Case c) {
        String input = read(c.file);
        Article a = parse(input, c.language);

        assertThat(a.language()).isEqualTo(c.language);
        assertThat(a.outlet()).as("outlet").isEqualTo(c.outlet);
        assertThat(a.dateline()).as("dateline").isEqualTo(c.dateline);
        if (c.published == null) {
            assertThat(a.published()).as("published").isNull();
        } else {
            assertThat(a.published()).as("published").isNotNull();
            assertThat(a.published().iso()).as("published").isEqualTo(c.published);
        }

        if (c.lead == null) {
            assertThat(a.lead()).as("lead").isNull();
        } else {
            assertThat(a.lead()).as("lead").isNotNull();
            assertThat(a.lead().origin()).isEqualTo(Evidence.Origin.INPUT);
            assertThat(a.lead().span().of(input).strip()).as("lead prefix").isEqualTo(c.lead);
            assertThat(a.text()).as("lead prefix is gone").doesNotStartWith(c.lead);
        }

        assertThat(a.credits()).as("credits").extracting(Credit::name, Credit::role)
                .containsExactlyElementsOf(c.credits);
        for (Credit credit : a.credits()) {
            assertThat(credit.evidence().span().of(input)).as("credit evidence").isEqualTo(credit.name());
        }

        assertThat(a.citedSources()).as("cited sources")
                .extracting(CitedSource::name, s -> s.date() == null ? null : s.date().iso())
                .containsExactlyElementsOf(c.cited);
        for (CitedSource s : a.citedSources()) {
            if (s.evidence().origin() == Evidence.Origin.TEXT) {
                assertThat(s.evidence().span().of(a.text())).as("citation evidence").endsWith(s.name());
            }
        }

        assertThat(a.removed()).as("removed lines").extracting(Removal::kind, Removal::text)
                .containsExactlyElementsOf(c.removed);
        for (Removal r : a.removed()) {
            assertThat(r.evidence().span().of(input)).as("removal evidence").isEqualTo(r.text());
            assertThat(a.text()).as("removed line left in the text").doesNotContain(r.text());
        }

        assertThat(a.text()).as("first words").startsWith(c.first);
        List<String> paragraphs = a.paragraphs().stream().map(p -> p.of(a.text())).toList();
        assertThat(String.join("\n\n", paragraphs)).isEqualTo(a.text());
        List<String> inputLines = input.lines().map(String::strip).toList();
        assertThat(paragraphs.subList(1, paragraphs.size())).as("paragraphs are input lines, unchanged")
                .allSatisfy(p -> assertThat(inputLines).contains(p));
        assertThat(paragraphs).as("paragraphs").hasSize(c.paragraphs);
        assertThat(paragraphs.getLast()).as("last paragraph").isEqualTo(c.last);
    }

    // ---------------------------------------------------------------------------------------------
    // Negative cases: prose that looks a little like furniture stays in the article

    @Nested
    class FirstLineWithoutLead {
        @Test
        void colonAfterOrdinaryWordsIsNotALead() {
            Article a = parse("""
                    Menurut dia: Pemerintah tidak akan menaikkan tarif listrik rumah tangga hingga akhir tahun.
                    Pernyataan itu disampaikan dalam rapat bersama komisi terkait di gedung parlemen.
                    """, "id");
            assertThat(a.lead()).isNull();
            assertThat(a.outlet()).isNull();
            assertThat(a.dateline()).isNull();
            assertThat(a.text()).startsWith("Menurut dia: Pemerintah tidak akan menaikkan tarif listrik");
            assertThat(a.removed()).isEmpty();
        }

        @Test
        void dashInsideTheFirstSentenceIsNotALead() {
            Article a = parse("""
                    Harga cabai rawit - yang sempat menembus Rp100.000 per kilogram - kini turun di pasar tradisional.
                    Pedagang menyebut pasokan dari sentra produksi mulai normal sejak pekan lalu.
                    """, "id");
            assertThat(a.lead()).isNull();
            assertThat(a.dateline()).isNull();
            assertThat(a.text()).startsWith("Harga cabai rawit - yang sempat menembus");
        }

        @Test
        void placeNamesAroundADashInsideTheSentenceAreNotALead() {
            Article a = parse("""
                    Rute Jakarta - Surabaya kini dapat ditempuh dalam delapan jam dengan kereta ekspres baru.
                    Operator menjual tiket secara daring mulai pekan depan.
                    """, "id");
            assertThat(a.lead()).isNull();
            assertThat(a.dateline()).isNull();
            assertThat(a.text()).startsWith("Rute Jakarta - Surabaya kini dapat ditempuh");
        }

        @Test
        void onlyTheLeadPrefixGoesWhenTheSentenceHoldsMoreDashes() {
            Article a = parse("""
                    TEMPO.CO, Jakarta - Menteri Keuangan - yang baru kembali dari lawatan ke Tokyo - meninjau pelabuhan.
                    Kunjungan itu berlangsung sekitar dua jam.
                    """, "id");
            assertThat(a.outlet()).isEqualTo("TEMPO.CO");
            assertThat(a.dateline()).isEqualTo("Jakarta");
            assertThat(a.text()).startsWith("Menteri Keuangan - yang baru kembali dari lawatan ke Tokyo - meninjau");
        }
    }

    @Nested
    class ProseThatMentionsFurniture {
        @Test
        void whatsAppInProseStaysButThePromoLineGoes() {
            String promo = "Dapatkan berita terkini pilihan redaksi langsung di WhatsApp Channel kami.";
            String shortMention = "Pengaduan juga dapat disampaikan lewat WhatsApp ke nomor layanan yang tertera di laman"
                    + " dinas.";
            String longMention = "Dinas Kependudukan menyebut warga yang belum menerima kartu identitas anak dapat"
                    + " menghubungi petugas kelurahan melalui saluran WhatsApp resmi yang dibuka setiap hari kerja"
                    + " mulai pukul 08.00 hingga 15.00 WIB tanpa dipungut biaya.";
            Article a = parse("Bandung - Pemerintah Kota Bandung membuka layanan pengaduan daring bagi warga.\n"
                    + shortMention + "\n" + promo + "\n" + longMention + "\n", "id");
            assertThat(a.dateline()).isEqualTo("Bandung");
            assertThat(a.removed()).extracting(Removal::kind, Removal::text)
                    .containsExactly(tuple(RemovalKind.PROMO, promo));
            assertThat(a.paragraphs()).hasSize(3);
            assertThat(a.text()).contains(shortMention).contains(longMention).doesNotContain(promo);
        }

        @Test
        void bacaInProseStays() {
            String text = """
                    Surabaya - Gerakan Ayo Baca Buku digelar serentak di 20 sekolah dasar pada pekan ini.
                    Panitia juga membuka taman baca keliling di sejumlah kampung padat penduduk.
                    Guru diminta membaca juga buku cerita rakyat bersama murid setiap pagi.
                    Program itu akan dievaluasi pada akhir semester.
                    """;
            Article a = parse(text, "id");
            assertThat(a.dateline()).isEqualTo("Surabaya");
            assertThat(a.removed()).isEmpty();
            assertThat(a.paragraphs()).hasSize(4);
            assertThat(a.text()).contains("Guru diminta membaca juga buku cerita rakyat bersama murid setiap pagi.");
        }

        @Test
        void sentenceAfterTheHeadlineOfABareMarkerStays() {
            String text = """
                    Medan - Harga beras premium di pasar tradisional turun dalam sepekan terakhir.
                    Baca Juga:
                    Stok Beras Bulog Dinilai Aman hingga Lebaran
                    Pedagang menyebut pasokan dari sentra produksi mulai normal.
                    Pemerintah kota akan terus memantau harga hingga akhir bulan.
                    """;
            Article a = parse(text, "id");
            assertThat(a.removed()).extracting(Removal::kind, Removal::text).containsExactly(
                    tuple(RemovalKind.RELATED, "Baca Juga:"),
                    tuple(RemovalKind.RELATED, "Stok Beras Bulog Dinilai Aman hingga Lebaran"));
            assertThat(a.paragraphs()).hasSize(3);
            assertThat(a.text()).contains("Pedagang menyebut pasokan dari sentra produksi mulai normal.");
        }

        @Test
        void sentenceRightAfterABareMarkerStays() {
            String text = """
                    Medan - Harga beras premium di pasar tradisional turun dalam sepekan terakhir.
                    Baca Juga:
                    Pedagang menyebut pasokan dari sentra produksi mulai normal.
                    Pemerintah kota akan terus memantau harga hingga akhir bulan.
                    """;
            Article a = parse(text, "id");
            assertThat(a.removed()).extracting(Removal::kind, Removal::text)
                    .containsExactly(tuple(RemovalKind.RELATED, "Baca Juga:"));
            assertThat(a.paragraphs()).hasSize(3);
            assertThat(a.text()).contains("Pedagang menyebut pasokan dari sentra produksi mulai normal.");
        }

        @Test
        void lineAfterAnInlineMarkerStays() {
            String text = """
                    Medan - Harga beras premium di pasar tradisional turun dalam sepekan terakhir.
                    Baca juga: Stok Beras Bulog Dinilai Aman hingga Lebaran
                    Pasokan dari Sentra Produksi Mulai Normal
                    Pedagang menyebut harga gabah di tingkat petani juga ikut turun.
                    """;
            Article a = parse(text, "id");
            assertThat(a.removed()).extracting(Removal::kind, Removal::text)
                    .containsExactly(tuple(RemovalKind.RELATED, "Baca juga: Stok Beras Bulog Dinilai Aman hingga Lebaran"));
            assertThat(a.text()).contains("Pasokan dari Sentra Produksi Mulai Normal");
        }
    }

    @Nested
    class Fallbacks {
        @Test
        void outletFromTheUrlWhenThePageNamesNone() {
            Article a = PARSER.parse(read("id-kumparan.txt"),
                    new ArticleHints(null, "id", "https://kumparan.com/kumparanbisnis/wisman-januari-2025", null));
            assertThat(a.outlet()).isEqualTo("kumparan.com");
            assertThat(a.dateline()).isNull();
        }

        @Test
        void publishedHintGivesTheYearOfACitationDate() {
            Article a = PARSER.parse("""
                    Jakarta - Harga emas batangan kembali naik pada perdagangan pagi ini.
                    Kenaikan itu terjadi seiring melemahnya dolar AS, melansir Reuters, Senin (3/3).
                    """, new ArticleHints(null, "id", null, DateValue.ofDay(LocalDate.of(2025, 3, 4))));
            assertThat(a.citedSources()).extracting(CitedSource::name, s -> s.date().iso())
                    .containsExactly(tuple("Reuters", "2025-03-03"));
        }
    }

    /** The paragraphs of the article as spans of its text: never empty, never holding a line break. */
    @Test
    void paragraphSpansCoverSingleLines() {
        Article a = parse(read("id-detik.txt"), "id");
        for (Span p : a.paragraphs()) {
            assertThat(p.length()).isPositive();
            assertThat(p.of(a.text())).doesNotContain("\n");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Lines whose shape, not only their first word, makes them furniture

    @Nested
    class ShapeOfFurniture {
        private static final String LEAD = "Jakarta - Pemerintah kota membuka layanan pengaduan banjir.\n";

        @Test
        void bodySentencesThatStartLikeFurnitureStay() {
            String[] prose = {
                    "Warga dapat melapor melalui saluran WhatsApp resmi pemerintah kota.",
                    "Google News Initiative menggelar pelatihan cek fakta bagi 50 jurnalis di Makassar.",
                    "Warga diminta unduh aplikasi layanan publik itu.",
                    "Komentar itu memicu perdebatan di media sosial.",
                    "Iklan rokok dilarang tayang di televisi.",
                    "Hak cipta lagu itu kini dipegang oleh ahli waris sang pencipta.",
                    "Berita terkait penangkapan itu menyebar cepat di media sosial."};
            for (String line : prose) {
                Article a = parse(LEAD + line + "\n", "id");
                assertThat(a.removed()).as(line).isEmpty();
                assertThat(a.text()).as(line).endsWith(line);
            }
        }

        @Test
        void aSiteDisclosingItsPaidLinksIsAnAdButProseAboutAffiliatesStays() {
            String lead = "LONDON (Reuters) - Retailers expect record online sales during the holiday season.\n";
            String[] disclosures = {
                    "This post may contain affiliate links. Read our full disclosure policy.",
                    "We independently review everything we recommend. When you buy through our links, we may earn a"
                            + " commission.",
                    "If you buy something through a link on this page, I may receive a small commission at no cost"
                            + " to you."};
            String prose = "Affiliate programmes pay publishers a commission when readers buy through their links,"
                    + " and regulators want such links labelled.";
            for (String line : disclosures) {
                Article a = parse(lead + line + "\n" + prose + "\n", "en");
                assertThat(a.removed()).as(line).extracting(Removal::kind, Removal::text)
                        .containsExactly(tuple(RemovalKind.AD, line));
                assertThat(a.text()).as(line).endsWith(prose);
            }
        }

        @Test
        void aLeadLineMentioningWhatsAppKeepsItsLead() {
            Article a = parse("Jakarta - Warga dapat melapor melalui saluran WhatsApp resmi pemerintah kota.\n", "id");
            assertThat(a.dateline()).isEqualTo("Jakarta");
            assertThat(a.text()).startsWith("Warga dapat melapor");
        }

        @Test
        void videoPromptsAreVideosAndTheirHeadlinesNameNoOutlet() {
            Article a = parse(LEAD + "Simak juga video pilihan berikut ini:\n"
                    + "Simak Video \"Kapolda Beri Tempo Tiga Hari bagi Pemilik Lapak\"\n", "id");
            assertThat(a.removed()).extracting(Removal::kind).containsOnly(RemovalKind.VIDEO);
            assertThat(a.outlet()).isNull();
        }

        @Test
        void headlinesMayAskButIntroductionsAreBody() {
            Article a = parse(LEAD + "Baca Juga:\nKapan Libur Lebaran 2025 Dimulai?\nBerikut rincian jadwalnya:\n"
                    + "Libur dimulai pada akhir Maret.\n", "id");
            assertThat(a.removed()).extracting(Removal::text)
                    .containsExactly("Baca Juga:", "Kapan Libur Lebaran 2025 Dimulai?");
            assertThat(a.text()).contains("Berikut rincian jadwalnya:");
        }

        @Test
        void spacedSeparator() {
            Article a = parse(LEAD + "* * *\n", "id");
            assertThat(a.removed()).extracting(Removal::kind).containsExactly(RemovalKind.SEPARATOR);
        }
    }

    @Nested
    class CreditsAndCitations {
        @Test
        void wireCreditLabelsOfTwoWords() {
            Article a = parse("JAKARTA (Reuters) - Exports rose.\n"
                    + "Reporting by Dewi Anggraini and Ahmad Fauzi; Writing by Rina Hadi; Editing by Martin Hale\n", "en");
            assertThat(a.credits()).extracting(Credit::name, Credit::role).containsExactly(
                    tuple("Dewi Anggraini", CreditRole.REPORTER), tuple("Ahmad Fauzi", CreditRole.REPORTER),
                    tuple("Rina Hadi", CreditRole.WRITER), tuple("Martin Hale", CreditRole.EDITOR));
            assertThat(a.text()).isEqualTo("Exports rose.");
        }

        @Test
        void creditLinesNamingNobodyAreRemovedWithoutCredit() {
            Article a = parse("Jakarta - Harga naik.\nEditor: Admin\nPenulis: Tim Redaksi\n(adv)\n", "id");
            assertThat(a.credits()).isEmpty();
            assertThat(a.removed()).extracting(Removal::kind).containsOnly(RemovalKind.CREDIT).hasSize(3);
        }

        @Test
        void affiliationAfterTheNameIsNotPartOfIt() {
            Article a = parse("Jakarta - Harga naik.\nEditor: Bayu Setiawan (Kompas.com)\n", "id");
            assertThat(a.credits()).extracting(Credit::name).containsExactly("Bayu Setiawan");
        }

        @Test
        void deskCodeClosingTheLastParagraph() {
            Article a = parse("jpnn.com, JAKARTA - Rapat ditunda. \"Kami menunggu,\" kata dia. (mcr8/jpnn)\n", "id");
            assertThat(a.credits()).extracting(Credit::name, Credit::role)
                    .containsExactly(tuple("mcr8", CreditRole.REPORTER), tuple("jpnn", CreditRole.EDITOR));
            assertThat(a.text()).endsWith("kata dia.");
        }

        @Test
        void citationNamesStopAtTheWeekdayAndSplitBetweenOutlets() {
            Article a = parse("Jakarta - Seperti dikutip dari Antara Selasa (4/3/2025), harga naik. "
                    + "Hal itu dilansir dari Reuters dan AFP, Rabu (5/3/2025). "
                    + "Data itu mengutip data Badan Pusat Statistik (BPS). "
                    + "Dana dialokasikan, dikutip dari Kementerian Energi dan Sumber Daya Mineral.\n", "id");
            assertThat(a.citedSources()).extracting(CitedSource::name, s -> s.date() == null ? null : s.date().iso())
                    .containsExactly(tuple("Antara", "2025-03-04"), tuple("Reuters", "2025-03-05"),
                            tuple("AFP", "2025-03-05"), tuple("Badan Pusat Statistik", null),
                            tuple("Kementerian Energi dan Sumber Daya Mineral", null));
        }

        @Test
        void citationDateAfterPadaOrOn() {
            Article a = parse("Jakarta - Harga naik, melansir Reuters pada Selasa (4/3/2025).\n", "id");
            assertThat(a.citedSources().getFirst().date().iso()).isEqualTo("2025-03-04");
        }
    }

    @Nested
    class HouseStyleLeads {
        @Test
        void kontanPutsThePlaceAfterTheOutlet() {
            Article a = parse("KONTAN.CO.ID - JAKARTA. Harga emas naik tipis pada perdagangan pagi.\n", "id");
            assertThat(a.outlet()).isEqualTo("KONTAN.CO.ID");
            assertThat(a.dateline()).isEqualTo("JAKARTA");
            assertThat(a.text()).startsWith("Harga emas");
        }

        @Test
        void emDashWithoutSpaces() {
            Article a = parse("Harianjogja.com, SLEMAN—Pemerintah kabupaten menyiapkan posko.\n", "id");
            assertThat(a.outlet()).isEqualTo("Harianjogja.com");
            assertThat(a.dateline()).isEqualTo("SLEMAN");
            assertThat(a.text()).startsWith("Pemerintah kabupaten");
        }

        @Test
        void wireDatelinesGiveTheCityAndTheAgency() {
            Object[][] cases = {
                {"MANILA, Philippines (AP) — A coast guard ship rammed a supply boat.", "AP", "MANILA"},
                {"KOTA KINABALU, Nov 3 (Bernama) -- A plantation firm was charged.", "Bernama", "KOTA KINABALU"},
                {"DHAKA, 3 November — An inquiry blamed locked gates.", null, "DHAKA"},
                {"CEBU, Philippines – Ministers met on Monday.", null, "CEBU"},
                {"(Bloomberg) -- Copper shares fell a record 30 percent.", "Bloomberg", null},
                {"KOTA BHARU, Kelantan: More than 48,000 people fled the floods.", null, "KOTA BHARU"},
                {"SEMARANG, WARTAJATENG.COM - Banjir merendam rumah warga.", "WARTAJATENG.COM", "SEMARANG"},
            };
            for (Object[] c : cases) {
                Article a = parse(c[0] + "\n", "en");
                assertThat(new Object[] {a.outlet(), a.dateline()}).as((String) c[0]).containsExactly(c[1], c[2]);
            }
        }

        @Test
        void aHeadlineLineStandingApartIsTheTitleOfAPlainText() {
            Article a = parse("Floods force 48,000 from homes in Kelantan\n\nKOTA BHARU, Kelantan: More than 48,000 "
                    + "people fled.\n\nRelief centres opened on Sunday.\n", "en");
            assertThat(a.title()).isEqualTo("Floods force 48,000 from homes in Kelantan");
            assertThat(a.dateline()).isEqualTo("KOTA BHARU");
            assertThat(a.text()).startsWith("More than 48,000 people fled.");
            Article label = parse("EKONOMI\n\nJakarta - Harga emas naik tipis pada perdagangan pagi.\n", "id");
            assertThat(label.title()).isNull();
            Article prose = parse("Harga emas naik tipis pada perdagangan pagi ini\nKenaikan itu didorong dolar.\n", "id");
            assertThat(prose.title()).isNull();
        }
    }
}
