package dev.warta.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.Analyzed;
import dev.warta.model.Document;
import dev.warta.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes and their speakers in news writing, on paragraphs written for these tests. */
class RuleQuoteFinderTest {

    private static List<String> said(Document d) {
        return d.quotes().stream().map(q -> speaker(d, q) + " | " + (q.direct() ? "direct" : "reported") + " | "
                + Analyzed.of(d, q.content())).toList();
    }

    private static String speaker(Document d, Quote q) {
        String name = Analyzed.name(d, q.speakerEntityId());
        return name != null ? name : Analyzed.of(d, q.speaker());
    }

    @Test
    void directQuoteWithTheSpeechVerbAfterIt() {
        Document d = Analyzed.text("JAKARTA - Menteri Luar Negeri Sugiono menerima kunjungan Duta Besar Jepang.\n"
                + "\"Kami akan terus memperkuat kerja sama maritim kedua negara,\" kata Sugiono di Jakarta, Senin.");
        assertThat(said(d)).containsExactly("Sugiono | direct | Kami akan terus memperkuat kerja sama maritim kedua negara");
        assertThat(d.quotes().getFirst().verb()).isEqualTo("kata");
    }

    @Test
    void nyaOnTheVerbPointsBackToThePersonNamedBefore() {
        Document d = Analyzed.text("Kepala BNPB Suharyanto meninjau lokasi banjir di "
                + "Kabupaten Demak.\n“Logistik sudah dikirim sejak pagi dan pengungsi mendapat makanan,” ujarnya.");
        assertThat(said(d)).containsExactly(
                "Suharyanto | direct | Logistik sudah dikirim sejak pagi dan pengungsi mendapat makanan");
        assertThat(Analyzed.of(d, d.quotes().getFirst().speaker())).isEqualTo("ujarnya");
    }

    @Test
    void speechVerbBeforeTheQuote() {
        Document d = Analyzed.text("Ketua Komisi Pemilihan Umum Mochammad Afifuddin mengatakan, \"Tahapan pemilihan "
                + "tetap berjalan sesuai jadwal yang sudah ditetapkan.\"");
        assertThat(said(d)).containsExactly(
                "Mochammad Afifuddin | direct | Tahapan pemilihan tetap berjalan sesuai jadwal yang sudah ditetapkan.");
    }

    @Test
    void reportedSpeechWithBahwaAndWithMenurut() {
        Document d = Analyzed.text("Juru bicara Kementerian Luar Negeri, Yohanes Purba, menegaskan bahwa Indonesia "
                + "tidak memiliki sengketa wilayah di Laut Natuna Utara.\nMenurut dia, kapal asing itu sudah "
                + "meninggalkan perairan Indonesia sejak Minggu malam.");
        assertThat(said(d)).containsExactly(
                "Yohanes Purba | reported | Indonesia tidak memiliki sengketa wilayah di Laut Natuna Utara",
                "Yohanes Purba | reported | kapal asing itu sudah meninggalkan perairan Indonesia sejak Minggu malam");
    }

    @Test
    void aQuoteParagraphWithoutAVerbContinuesTheQuoteBefore() {
        Document d = Analyzed.text("\"Pasokan beras di gudang kami aman sampai akhir tahun,\" kata Direktur Utama "
                + "Perum Bulog Rizal Ramdhani.\n\"Kami juga menyiapkan operasi pasar di seluruh provinsi.\"");
        assertThat(said(d)).containsExactly(
                "Rizal Ramdhani | direct | Pasokan beras di gudang kami aman sampai akhir tahun",
                "Rizal Ramdhani | direct | Kami juga menyiapkan operasi pasar di seluruh provinsi.");
    }

    @Test
    void wordsInQuotationMarksWithoutASpeakerAreNotQuotes() {
        Document d = Analyzed.text("Program \"Makan Bergizi Gratis\" kini berjalan di 38 provinsi dan menjangkau "
                + "jutaan siswa sekolah dasar.");
        assertThat(d.quotes()).isEmpty();
    }

    @Test
    void aBareRoleAfterTheVerbIsTheSpeakerAsNamed() {
        Document d = Analyzed.text("\"Kami tidak akan menyerah,\" kata juru bicara kelompok itu kepada wartawan.");
        assertThat(said(d)).hasSize(1);
        assertThat(Analyzed.of(d, d.quotes().getFirst().speaker())).startsWith("juru bicara kelompok itu");
        assertThat(d.quotes().getFirst().speakerEntityId()).isNull();
    }

    @Test
    void englishWireStyleSpeakersAreOneEntityUnderItsFullName() {
        Document d = Analyzed.text("CANBERRA - Australia will fund 40 places a year for Indonesian officers, Defence "
                + "Minister Richard Marles said on Monday.\n\"This visit shows how far our defence relationship has "
                + "come,\" Marles told reporters.\nHe said the two navies would hold a joint exercise in the Arafura "
                + "Sea next year.");
        assertThat(d.article().language()).isEqualTo("en");
        assertThat(said(d)).containsExactly(
                "Richard Marles | reported | Australia will fund 40 places a year for Indonesian officers",
                "Richard Marles | direct | This visit shows how far our defence relationship has come",
                "Richard Marles | reported | the two navies would hold a joint exercise in the Arafura Sea next year");
    }

    @Test
    void englishReportedSpeechSkipsAddresseesAndPhrasesOfPlaceAndTime() {
        Document d = Analyzed.text("SINGAPORE - \"We will not take sides in this dispute,\" Foreign Minister Daniel "
                + "Hartono told reporters after the meeting at the ministry.\nAsked about the patrols near the reef, "
                + "Hartono said both navies had agreed to keep their distance.\nThe central bank said on Monday it "
                + "was watching the currency closely. Trade Minister Aditi Rahman said in a statement that exports "
                + "would recover next year. The two governments will meet again in June, Hartono said here on Friday.");
        assertThat(said(d)).containsExactlyInAnyOrder(
                "Daniel Hartono | direct | We will not take sides in this dispute",
                "Daniel Hartono | reported | both navies had agreed to keep their distance",
                "Aditi Rahman | reported | exports would recover next year",
                "Daniel Hartono | reported | The two governments will meet again in June");
    }


    @Test
    void aQuoteToldToSomeoneAndAPersonOfAnOrganizationSpeakAsThemselves() {
        Document d = Analyzed.text("MANILA - \"The vessels left the shoal before dawn,\" Commodore Jay Tarriela told "
                + "a press briefing on Tuesday.\nResearcher Maria Santos of the Manila-based Institute for Maritime "
                + "Affairs said the patrols would continue.");
        assertThat(said(d)).containsExactlyInAnyOrder(
                "Jay Tarriela | direct | The vessels left the shoal before dawn",
                "Maria Santos | reported | the patrols would continue");
        Document id = Analyzed.text("Kapal nelayan kembali melaut di perairan Natuna pekan ini. Peneliti Andi Wijaya "
                + "dari Lembaga Ilmu Pengetahuan Indonesia mengatakan bahwa nelayan sudah kembali melaut dengan aman.");
        assertThat(said(id)).containsExactly("Andi Wijaya | reported | nelayan sudah kembali melaut dengan aman");
    }
    @Test
    void everySpanPointsIntoTheArticleText() {
        Document d = Analyzed.text("\"Harga cabai naik karena pasokan dari sentra produksi berkurang,\" kata Kepala Dinas "
                + "Perdagangan Jawa Tengah Sri Wahyuni di Semarang.");
        Quote q = d.quotes().getFirst();
        assertThat(q.evidence().contains(q.content())).isTrue();
        assertThat(q.evidence().contains(q.speaker())).isTrue();
        assertThat(q.evidence().end()).isLessThanOrEqualTo(d.article().text().length());
    }
}
