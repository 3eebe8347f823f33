package dev.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta analyze --format gdelt}: GDELT 2.0 event rows on stdout, failures on stderr only. */
class AnalyzeGdeltFormatTest {
    @TempDir
    Path dir;

    @Test
    void eventsAsGdeltRowsAndFailuresOnlyOnStderr() throws Exception {
        Path news = Files.writeString(dir.resolve("berita.txt"),
                "JAKARTA - Polisi menangkap dua tersangka pengedar narkoba di Medan, Rabu (11/6/2025). "
                        + "Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Kuala "
                        + "Lumpur, Kamis (12/6/2025).\n");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRun r = CliRun.of("analyze", "--format", "gdelt", news.toString(), empty.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).endsWith("\n").doesNotContain("\r").doesNotContain("{");
        List<String[]> rows = r.out().lines().map(l -> l.split("\t", -1)).toList();
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(61));
        assertThat(rows).extracting(row -> row[26]).containsExactly("173", "040");
        assertThat(rows).extracting(row -> row[53]).containsExactly("ID", "MY");
        assertThat(rows).extracting(row -> row[60]).containsOnly(news.toString());
        assertThat(rows.get(1)[59]).as("DATEADDED").matches("\\d{14}");
        assertThat(r.err()).contains("warta: " + empty + ": empty input");
    }

    @Test
    void jsonStaysTheDefaultAndUnknownFormatsAreRefused() throws Exception {
        Path news = Files.writeString(dir.resolve("b.txt"), "Jakarta - Harga beras naik.\n");
        assertThat(CliRun.of("analyze", news.toString()).out()).startsWith("{");
        assertThat(CliRun.of("analyze", "--format", "json", news.toString()).out()).startsWith("{");
        CliRun bad = CliRun.of("analyze", "--format", "csv", news.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("json, gdelt");
    }
}
