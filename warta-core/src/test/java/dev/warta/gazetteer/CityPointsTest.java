package dev.warta.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityPointsTest {
    private final CityPoints cities = CityPoints.shipped();

    @Test
    void theCapitalOrTheMostPopulousNamesakeWins() {
        assertThat(cities.of("Moscow").map(CityPoints.Point::geonamesId)).contains("524901");
        assertThat(cities.of("miami").map(CityPoints.Point::latitude)).contains("25.77427");
        assertThat(cities.of("Washington, D.C.")).isEqualTo(cities.of("washington d.c."));
        assertThat(cities.of("Washington D.C.").get().rank()).isGreaterThan(cities.of("Washington").get().rank());
    }

    @Test
    void countriesAreNoCities() {
        assertThat(cities.of("Singapore")).isEmpty();
        assertThat(cities.of("Meksiko")).isEmpty();
        assertThat(cities.of("Jakarta")).isPresent();
    }

    @Test
    void aPointIsFoundAgainByItsId() {
        CityPoints.Point kyiv = cities.of("Kyiv").orElseThrow();
        assertThat(cities.byGeonamesId(kyiv.geonamesId())).contains(kyiv);
    }

    @Test
    void rebuildFromTheGazetteerGivesTheShippedFile(@TempDir Path tmp) throws Exception {
        assertThat(Rebuilt.assertShipped(CityPoints.RESOURCE, CityPoints::build, tmp)).isGreaterThan(20_000);
    }
}
