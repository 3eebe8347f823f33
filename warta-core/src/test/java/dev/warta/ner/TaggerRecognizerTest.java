package dev.warta.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.EntityType;
import dev.warta.model.Mention;
import dev.warta.model.Span;
import dev.warta.segment.RuleSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerRecognizerTest {
    private static final Languages LANGUAGES = Languages.discover();

    private static List<Mention> mentions(String text) {
        Language id = LANGUAGES.get("id").orElseThrow();
        var sentences = new RuleSegmenter().segment(text, List.of(new Span(0, text.length())), id);
        return new TaggerRecognizer(NerTagger.shipped(), LANGUAGES.all()).mentions(text, sentences);
    }

    @Test
    void honorificsAndTitlesAreNotPartOfAName() {
        String text = "Bapak H. Ahmad Subagyo, S.H. mengatakan Prof. Dr. Siti Nurhaliza akan hadir di Bandung.";
        assertThat(mentions(text)).extracting(m -> m.type(), m -> m.span().of(text)).contains(
                tuple(EntityType.PERSON, "Ahmad Subagyo"), tuple(EntityType.PERSON, "Siti Nurhaliza"),
                tuple(EntityType.LOCATION, "Bandung"));
    }

    private static List<String> named(String text, EntityType type) {
        return mentions(text).stream().filter(m -> m.type() == type).map(m -> m.span().of(text)).toList();
    }

    @Test
    void ranksAndCalendarWordsAreNotNames() {
        String text = "Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi pada Sabtu pagi.";
        assertThat(named(text, EntityType.PERSON)).containsExactly("Listyo Sigit Prabowo");
        assertThat(mentions(text)).noneMatch(m -> m.span().of(text).contains("Sabtu"));
    }

    @Test
    void buildingsThatStandForInstitutionsAreOrganizations() {
        String text = "Kremlin menyatakan dokumen itu dikaji. Juru bicara Kremlin Dmitry Peskov menolak berkomentar.";
        assertThat(named(text, EntityType.ORGANIZATION)).containsExactly("Kremlin", "Kremlin");
        assertThat(named(text, EntityType.PERSON)).containsExactly("Dmitry Peskov");
    }

    @Test
    void organizationNamesRunOverTheirPlacesAndKeepThem() {
        String text = "Rektor Universitas Gadjah Mada Yogyakarta hadir. Ketua Komisi Pemilihan Umum (KPU) Kabupaten "
                + "Buton Tengah Asrul Mahmud membacakan putusan.";
        assertThat(named(text, EntityType.ORGANIZATION)).containsExactly("Universitas Gadjah Mada Yogyakarta",
                "Komisi Pemilihan Umum (KPU) Kabupaten Buton Tengah");
        assertThat(named(text, EntityType.LOCATION)).contains("Kabupaten Buton Tengah");
    }

    @Test
    void aNameWithAListOrASeatIsOneOrganization() {
        String text = "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati hadir. "
                + "Juru bicara Kedutaan Besar China di Jakarta, Wang Lei, membantah.";
        assertThat(named(text, EntityType.ORGANIZATION)).contains("Badan Meteorologi, Klimatologi, dan Geofisika",
                "Kedutaan Besar China di Jakarta");
    }

    @Test
    void theOrganizationInABuildingIsNamedWithoutTheBuilding() {
        String text = "Perundingan digelar di Kantor Kemenko Perekonomian, lalu dilanjutkan di Gedung Merah Putih.";
        assertThat(named(text, EntityType.ORGANIZATION)).containsExactly("Kemenko Perekonomian");
        assertThat(named(text, EntityType.ORGANIZATION)).doesNotContain("Merah Putih");
    }

    @Test
    void aPlaceJoinedByAndIsNotPartOfTheOrganization() {
        String text = "Pemerintah Indonesia dan Amerika Serikat sepakat menurunkan tarif.";
        assertThat(named(text, EntityType.ORGANIZATION)).containsExactly("Pemerintah Indonesia");
        assertThat(named(text, EntityType.LOCATION)).contains("Amerika Serikat");
    }

    @Test
    void aNameHoldsNoHalfOfAParenthesis() {
        String text = "Badan Pengawas Pemilu (Bawaslu) menerima laporan warga.";
        assertThat(mentions(text)).allSatisfy(m -> assertThat(m.span().of(text)).doesNotContain("(", ")"));
    }

    @Test
    void aLowerCaseWordOpeningATaggedNameIsLeftOut() {
        String text = "Ratusan mahasiswa dikerahkan ke desa Banjarbendo di Sidoarjo.";
        assertThat(mentions(text)).allSatisfy(m -> assertThat(m.span().of(text)).doesNotStartWith("desa"));
        assertThat(named(text, EntityType.LOCATION)).contains("Banjarbendo");
    }

    @Test
    void aCapitalisedWordAfterAPlaceWordIsAPlace() {
        String text = "Tuntutan Moskow terkait wilayah Donbas masih menjadi isu krusial.";
        assertThat(named(text, EntityType.LOCATION)).contains("Donbas");
    }

    @Test
    void lowerCaseWordsAreNoNamesInCasedTextButLowerCaseTextKeepsItsNames() {
        String cased = "Warga mendatangi istana dan gedung putih untuk berunjuk rasa. Polisi berjaga di sana.";
        assertThat(mentions(cased)).isEmpty();
        String lower = "presiden joko widodo tiba di jakarta bersama menlu retno marsudi. jakarta diguyur hujan.";
        assertThat(named(lower, EntityType.PERSON)).contains("joko widodo", "retno marsudi");
        assertThat(named(lower, EntityType.LOCATION)).containsOnly("jakarta");
    }

    @Test
    void mentionOffsetsPointIntoTheText() {
        String text = "Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di Jakarta.";
        assertThat(mentions(text)).extracting(m -> m.span().of(text))
                .contains("Prabowo Subianto", "Anwar Ibrahim", "Jakarta");
    }
}
