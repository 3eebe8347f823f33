package dev.warta.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FipsCountriesTest {

    @Test
    void shippedTableMapsIso3ToFips() {
        FipsCountries f = FipsCountries.shipped();
        assertThat(f.size()).isEqualTo(249);
        assertThat(f.ofIso3("IDN").orElseThrow().fips()).isEqualTo("ID");
        assertThat(f.ofIso3("MYS").orElseThrow()).isEqualTo(new FipsCountries.Country("MYS", "MY", "Malaysia"));
        assertThat(f.ofIso3("DEU").orElseThrow().fips()).as("FIPS is not ISO-2").isEqualTo("GM");
        assertThat(f.ofIso3("CHN").orElseThrow().fips()).isEqualTo("CH");
        assertThat(f.ofIso3("XYZ")).isEmpty();
        assertThat(f.ofIso3(null)).isEmpty();
    }

    @Test
    void rebuildFromTheDataGivesTheShippedFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("fips-countries.tsv");
        assertThat(FipsCountries.build(SharedData.path("data/events/gdelt/fips_country_codes.tsv"), out))
                .isEqualTo(249);
        try (var shipped = FipsCountries.class.getResourceAsStream(FipsCountries.RESOURCE)) {
            assertThat(Files.readAllBytes(out)).isEqualTo(shipped.readAllBytes());
        }
    }
}
