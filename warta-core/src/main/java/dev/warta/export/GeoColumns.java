package dev.warta.export;

import dev.warta.gazetteer.CityPoints;
import dev.warta.gazetteer.PlaceCountries;
import dev.warta.model.Entity;
import java.util.List;
import java.util.Optional;

/**
 * The eight GDELT geo columns of a place (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
 * FeatureID). warta knows a place's name, its country, and for cities the GeoNames point; it does not know
 * first- and second-order divisions, so those columns stay empty, as GDELT leaves what it lacks.
 */
final class GeoColumns {
    /** GDELT's Type of a row without that location, with the other seven columns empty. */
    static final List<String> NONE = List.of("0", "", "", "", "", "", "", "");
    private static final String COUNTRY = "1";
    private static final String US_CITY = "3";
    private static final String WORLD_CITY = "4";

    private final PlaceCountries places;
    private final FipsCountries fips;
    private final CityPoints cities;

    GeoColumns(PlaceCountries places, FipsCountries fips, CityPoints cities) {
        this.places = places;
        this.fips = fips;
        this.cities = cities;
    }

    /** The columns for a place named {@code text} in the article, with its entity if it has one. */
    List<String> of(String text, Entity entity) {
        String name = entity != null ? entity.name() : text;
        if (name == null || name.isBlank()) {
            return NONE;
        }
        Optional<PlaceCountries.Country> where = country(text, entity);
        Optional<FipsCountries.Country> country = where.flatMap(w -> fips.ofIso3(w.iso3()));
        String wikidata = entity != null ? entity.links().getOrDefault("wikidata", "") : "";
        if (where.isPresent() && where.get().kind() == PlaceCountries.Kind.COUNTRY && country.isPresent()) {
            // GDELT names a country match by the country and repeats its code as ADM1 and feature id
            String code = country.get().fips();
            return List.of(COUNTRY, country.get().name(), code, code, "", "", "", code);
        }
        // a province is typed as a city too: the place table does not tell them apart
        String type = where.map(w -> w.iso3().equals("USA") ? US_CITY : WORLD_CITY).orElse(WORLD_CITY);
        String full = country.map(c -> name + ", " + c.name()).orElse(name);
        Optional<CityPoints.Point> point = point(name, entity);
        // no GNS feature id is known; the GeoNames id, else the Wikidata id ("Q5972"), identifies the place
        String feature = point.map(CityPoints.Point::geonamesId).orElse(wikidata);
        return List.of(type, full, country.map(FipsCountries.Country::fips).orElse(""), "", "",
                point.map(CityPoints.Point::latitude).orElse(""), point.map(CityPoints.Point::longitude).orElse(""),
                feature);
    }

    private Optional<CityPoints.Point> point(String name, Entity entity) {
        if (entity == null) {
            return cities.of(name);
        }
        String geonames = entity.links().get("geonames");
        return geonames == null ? Optional.empty() : cities.byGeonamesId(geonames);
    }

    private Optional<PlaceCountries.Country> country(String text, Entity entity) {
        if (entity != null) {
            Optional<PlaceCountries.Country> c = places.of(entity.name());
            for (int i = 0; c.isEmpty() && i < entity.aliases().size(); i++) {
                c = places.of(entity.aliases().get(i));
            }
            if (c.isPresent()) {
                return c;
            }
        }
        return text == null ? Optional.empty() : places.of(text);
    }
}
