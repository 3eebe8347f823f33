package dev.warta.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinguaLanguageDetectorTest {
    private final LinguaLanguageDetector detector = new LinguaLanguageDetector();

    @Test
    void indonesianMalayEnglish() {
        assertThat(detector.detect("Pemerintah akan menaikkan harga bahan bakar minyak mulai pekan depan, kata "
                + "Menteri Keuangan di Jakarta, Rabu (12/3/2025).")).hasValue("id");
        assertThat(detector.detect("Kerajaan akan menaikkan harga minyak kerana kos pengeluaran meningkat, kata "
                + "Perdana Menteri dalam kenyataan di Putrajaya pada Selasa.")).hasValue("ms");
        assertThat(detector.detect("The government will raise fuel prices next week, the finance minister told "
                + "reporters in Jakarta on Wednesday.")).hasValue("en");
    }

    @Test
    void shortIndonesianStaysIndonesian() {
        assertThat(detector.detect("Polisi menangkap dua tersangka.")).hasValue("id");
    }

    @Test
    void aLeadFullOfForeignNamesIsReadByItsOwnWords() {
        String lead = "Marcos swaps energy, transport chiefs as brownouts hit Visayas\n\nMANILA, Philippines – "
                + "President Ferdinand Marcos Jr. replaced his energy and transportation secretaries on Tuesday, "
                + "November 4, in a second shake-up of his cabinet this year, as rolling brownouts in the Visayas and "
                + "delays in Metro Manila's rail projects weighed on his administration.\n\nMalacañang said Energy "
                + "Secretary Teodoro Dimaculangan had resigned \"to attend to personal matters.\" His replacement is "
                + "Esperanza Lim-Villaraza, a former president of the Philippine Electricity Spot Market Corporation, "
                + "who will take her oath on Thursday.";
        assertThat(detector.detect(lead)).hasValue("en");
        assertThat(LinguaLanguageDetector.withoutCapitalisedWords("MANILA, Philippines – President Marcos said"))
                .isEqualTo(", – said");
    }

    @Test
    void nothingToTell() {
        assertThat(detector.detect("   ")).isEmpty();
    }
}
