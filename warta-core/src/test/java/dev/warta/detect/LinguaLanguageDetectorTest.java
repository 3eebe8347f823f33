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
    void nothingToTell() {
        assertThat(detector.detect("   ")).isEmpty();
    }
}
