package dev.warta.gazetteer;

import dev.warta.text.ShippedTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * World cities by name with their GeoNames id and coordinates, so that a place entity links to GeoNames
 * and an exported event row carries a point on the map. Of the cities sharing a name the capital wins,
 * then the most populous ("Washington, D.C." over the English town, "Moscow" over the Idaho one). Names of
 * countries are left out: "Singapura" or "Meksiko" in the news is the country, not a city of that name.
 */
public final class CityPoints {
    static final String RESOURCE = "city-points.tsv.gz";
    /** Capitals rank above any population. */
    private static final long CAPITAL = 1L << 40;

    /** A city: GeoNames id, latitude and longitude as GeoNames writes them, and its rank among namesakes. */
    public record Point(String geonamesId, String latitude, String longitude, long rank) {
    }

    private final Map<String, Point> byName;
    private final Map<String, Point> byId;

    private CityPoints(Map<String, Point> byName) {
        this.byName = Map.copyOf(byName);
        Map<String, Point> ids = new HashMap<>();
        byName.values().forEach(p -> ids.put(p.geonamesId(), p));
        this.byId = Map.copyOf(ids);
    }

    public static CityPoints shipped() {
        return Shipped.POINTS;
    }

    /** Loaded on first use: the holder idiom makes that lazy and thread-safe without locks. */
    private static final class Shipped {
        static final CityPoints POINTS = load();
    }

    public Optional<Point> of(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    public Optional<Point> byGeonamesId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Case and commas do not tell names apart ("Washington, D.C.", "washington d.c."). */
    static String key(String name) {
        return name.replace(",", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static CityPoints load() {
        Map<String, Point> byName = new HashMap<>();
        ShippedTable.rows(CityPoints.class, RESOURCE).stream().filter(c -> c.length == 5)
                .forEach(c -> byName.put(c[0], new Point(c[1], c[2], c[3], Long.parseLong(c[4]))));
        return new CityPoints(byName);
    }

    /** Builds the resource from world_cities.tsv, leaving out every name of a country in countries.tsv. */
    static int build(Path gazetteer, Path out) throws IOException {
        Set<String> countries = countryNames(gazetteer.resolve("countries.tsv"));
        List<String> lines = Files.readAllLines(gazetteer.resolve("world_cities.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split("\t", -1));
        int id = header.indexOf("geonameid");
        int name = header.indexOf("name");
        int feature = header.indexOf("feature_code");
        int population = header.indexOf("population");
        int lat = header.indexOf("lat");
        int lon = header.indexOf("lon");
        TreeMap<String, String[]> best = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            String key = key(c[name]);
            if (key.isEmpty() || countries.contains(key) || !c[population].matches("\\d+")) {
                continue;
            }
            long rank = Long.parseLong(c[population]) + (c[feature].equals("PPLC") ? CAPITAL : 0);
            String[] row = {c[id], c[lat], c[lon], Long.toString(rank)};
            // ties keep the lower GeoNames id, so the file is the same on every run
            best.merge(key, row, (a, b) -> compare(a, b) >= 0 ? a : b);
        }
        PlaceNamesBuilder.writeLines(out, best.entrySet().stream()
                .map(e -> e.getKey() + "\t" + String.join("\t", e.getValue())).toList());
        return best.size();
    }

    private static int compare(String[] a, String[] b) {
        int byRank = Long.compare(Long.parseLong(a[3]), Long.parseLong(b[3]));
        return byRank != 0 ? byRank : Long.compare(Long.parseLong(b[0]), Long.parseLong(a[0]));
    }

    private static Set<String> countryNames(Path countries) throws IOException {
        List<String> lines = Files.readAllLines(countries, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split("\t", -1));
        Set<String> names = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            for (String column : List.of("name_id", "aliases_id", "name_en", "aliases_en")) {
                for (String n : c[header.indexOf(column)].split("\\|")) {
                    names.add(key(n));
                }
            }
        }
        return names;
    }
}
