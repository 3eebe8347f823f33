package dev.warta.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Rebuilt.assertShipped(PlaceNames.RESOURCE, PlaceNamesBuilder::build, tmp)).isGreaterThan(25_000);
    }
}
