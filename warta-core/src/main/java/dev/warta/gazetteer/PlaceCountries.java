package dev.warta.gazetteer;

import dev.warta.text.ShippedTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;

/**
 * The country a place name belongs to (ISO 3166 alpha-3, which CAMEO country codes follow), and whether
 * the name is the country itself or its capital, the two a news text uses for a government ("Jakarta
 * menolak ..."). Countries win over capitals, capitals over other places, and among world cities of one
 * name the most populous wins.
 */
public final class PlaceCountries {
    static final String RESOURCE = "place-countries.tsv.gz";
    /** Smaller towns share names across countries too often to say which is meant. */
    private static final long MIN_CITY_POPULATION = 100_000;

    /** What a name is of its country. */
    public enum Kind { COUNTRY, CAPITAL, PLACE }

    /** A place's country and what the place is of it. */
    public record Country(String iso3, Kind kind) {
    }

    private final Map<String, Country> byName;
    private final Set<String> countries;

    private PlaceCountries(Map<String, Country> byName) {
        this.byName = byName;
        this.countries = byName.values().stream().filter(c -> c.kind() == Kind.COUNTRY).map(Country::iso3)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static PlaceCountries shipped() {
        return Shipped.COUNTRIES;
    }

    /** Loaded on first use: the holder idiom makes that lazy and thread-safe without locks. */
    private static final class Shipped {
        static final PlaceCountries COUNTRIES = load();
    }

    public Optional<Country> of(String name) {
        return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code iso3} is a country's code ("IDN"), not a code of some other kind ("IGO"). */
    public boolean isCountry(String iso3) {
        return countries.contains(iso3);
    }

    /**
     * These countries with the other names a language gives places ("Inggris" for "Inggris Raya"): a name
     * not known takes the country of one of its other names; {@code otherNames} maps a lower-case name to
     * all the names of its place.
     */
    public PlaceCountries withNames(Map<String, Set<String>> otherNames) {
        Map<String, Country> out = new HashMap<>(byName);
        otherNames.forEach((name, others) -> {
            if (!byName.containsKey(name)) {
                others.stream().map(o -> byName.get(o.toLowerCase(Locale.ROOT))).filter(Objects::nonNull)
                        .findFirst().ifPresent(c -> out.put(name, c));
            }
        });
        return new PlaceCountries(Map.copyOf(out));
    }

    private static PlaceCountries load() {
        Map<String, Country> byName = new HashMap<>();
        ShippedTable.rows(PlaceCountries.class, RESOURCE).stream().filter(c -> c.length == 3)
                .forEach(c -> byName.put(c[0], new Country(c[1], Kind.valueOf(c[2]))));
        return new PlaceCountries(Map.copyOf(byName));
    }

    /** Builds the resource from the gazetteer folder; returns the number of names. */
    static int build(Path gazetteer, Path out) throws IOException {
        TreeMap<String, String[]> rows = new TreeMap<>();
        Map<String, String> iso3ByIso2 = new HashMap<>();
        Table countries = Table.read(gazetteer.resolve("countries.tsv"));
        for (String[] row : countries.rows()) {
            String iso3 = countries.cell(row, "iso3");
            iso3ByIso2.put(countries.cell(row, "iso2"), iso3);
            for (String column : List.of("name_id", "aliases_id", "name_en", "aliases_en")) {
                for (String name : countries.cell(row, column).split("\\|")) {
                    put(rows, name, iso3, Kind.COUNTRY, Long.MAX_VALUE);
                }
            }
        }
        for (String[] row : countries.rows()) {
            String capital = countries.cell(row, "capital_en");
            put(rows, capital, countries.cell(row, "iso3"), Kind.CAPITAL, Long.MAX_VALUE);
            // "Washington D.C." is "Washington" in the news
            put(rows, capital.replaceAll("\\s+D\\.?C\\.?$", ""), countries.cell(row, "iso3"), Kind.CAPITAL,
                    Long.MAX_VALUE);
        }
        for (String file : List.of("id_provinces.tsv", "id_regencies.tsv")) {
            Table t = Table.read(gazetteer.resolve(file));
            for (String[] row : t.rows()) {
                put(rows, t.cell(row, "name"), "IDN", Kind.PLACE, Long.MAX_VALUE - 1);
                if (t.has("full_name")) {
                    put(rows, t.cell(row, "full_name"), "IDN", Kind.PLACE, Long.MAX_VALUE - 1);
                }
            }
        }
        Table cities = Table.read(gazetteer.resolve("world_cities.tsv"));
        for (String[] row : cities.rows()) {
            long population = Long.parseLong(cities.cell(row, "population"));
            String iso3 = iso3ByIso2.get(cities.cell(row, "country_iso2"));
            if (population >= MIN_CITY_POPULATION && iso3 != null) {
                put(rows, cities.cell(row, "name"), iso3, Kind.PLACE, population);
            }
        }
        PlaceNamesBuilder.writeLines(out, rows.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]).toList());
        return rows.size();
    }

    /** Keeps the first country or capital of a name, else the most populous place. */
    private static void put(TreeMap<String, String[]> rows, String name, String iso3, Kind kind, long weight) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || iso3.isEmpty()) {
            return;
        }
        String[] old = rows.get(key);
        if (old == null || kind == Kind.PLACE && Kind.valueOf(old[1]) == Kind.PLACE && weight > Long.parseLong(old[2])) {
            rows.put(key, new String[] {iso3, kind.name(), Long.toString(weight)});
        }
    }

    /** A TSV file with a header row. */
    private record Table(List<String> header, List<String[]> rows) {
        static Table read(Path tsv) throws IOException {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            return new Table(List.of(lines.getFirst().split("\t", -1)),
                    lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList());
        }

        boolean has(String column) {
            return header.contains(column);
        }

        String cell(String[] row, String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            return i < row.length ? row[i] : "";
        }
    }
}
