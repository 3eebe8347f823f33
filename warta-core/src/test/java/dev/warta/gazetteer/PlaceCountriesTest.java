package dev.warta.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceCountriesTest {
    private final PlaceCountries places = PlaceCountries.shipped();

    @Test
    void countriesCapitalsAndPlacesInAnyCase() {
        assertThat(places.of("Amerika Serikat")).contains(new PlaceCountries.Country("USA", PlaceCountries.Kind.COUNTRY));
        assertThat(places.of("tiongkok")).contains(new PlaceCountries.Country("CHN", PlaceCountries.Kind.COUNTRY));
        assertThat(places.of("Washington")).contains(new PlaceCountries.Country("USA", PlaceCountries.Kind.CAPITAL));
        assertThat(places.of("Moscow")).contains(new PlaceCountries.Country("RUS", PlaceCountries.Kind.CAPITAL));
        assertThat(places.of("Kabupaten Buton Tengah")).contains(new PlaceCountries.Country("IDN", PlaceCountries.Kind.PLACE));
        assertThat(places.of("Surabaya").map(PlaceCountries.Country::iso3)).contains("IDN");
        assertThat(places.of("Nowhereville")).isEmpty();
    }

    @Test
    void countryCodesAreTellingFromCodesOfOtherKinds() {
        assertThat(places.isCountry("MMR")).isTrue();
        assertThat(places.isCountry("IGO")).isFalse();
        assertThat(places.isCountry("NGO")).isFalse();
    }

    @Test
    void rebuildFromTheGazetteerGivesTheShippedFile(@TempDir Path tmp) throws Exception {
        assertThat(Rebuilt.assertShipped(PlaceCountries.RESOURCE, PlaceCountries::build, tmp)).isGreaterThan(5000);
    }
}
