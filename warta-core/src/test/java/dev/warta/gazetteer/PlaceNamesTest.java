package dev.warta.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warta.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceNamesTest {
    private final PlaceNames places = PlaceNames.shipped();

    @Test
    void countriesProvincesCitiesAndContinentsButNotGroupings() {
        assertThat(places.contains("Amerika Serikat")).isTrue();
        assertThat(places.contains("Jawa Tengah")).isTrue();
        assertThat(places.contains("Miami")).isTrue();
        assertThat(places.contains("Europe")).isTrue();
        assertThat(places.contains("Asia Tenggara")).isTrue();
        assertThat(places.contains("European Union")).isFalse();
        assertThat(places.contains("Uni Eropa")).isFalse();
        assertThat(places.contains("world")).isFalse();
    }

    @Test
    void rebuildFromTheGazetteerGivesTheShippedFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve(PlaceNames.RESOURCE);
        assertThat(PlaceNamesBuilder.build(SharedData.path("data/gazetteer"), out)).isGreaterThan(25_000);
        try (var shipped = PlaceNames.class.getResourceAsStream(PlaceNames.RESOURCE)) {
            assertThat(Files.readAllBytes(out)).isEqualTo(shipped.readAllBytes());
        }
    }
}
