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
import java.util.Optional;
import java.util.TreeMap;

/**
 * Wikidata ids of places by name, any case: countries under their Indonesian and English names and
 * aliases ("Amerika Serikat", "AS", "United States"), Indonesian provinces, and regencies and cities
 * under their full names ("Kota Bandung") and, where the short name is shared, the city's ("Bandung").
 */
public final class PlaceIds {
    static final String RESOURCE = "place-ids.tsv.gz";
    private final Map<String, String> ids;

    private PlaceIds(Map<String, String> ids) {
        this.ids = ids;
    }

    public static PlaceIds shipped() {
        return Shipped.IDS;
    }

    /** Loaded on first use: the holder idiom makes that lazy and thread-safe without locks. */
    private static final class Shipped {
        static final PlaceIds IDS = load();
    }

    public Optional<String> wikidata(String name) {
        return Optional.ofNullable(ids.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    private static PlaceIds load() {
        Map<String, String> ids = new HashMap<>();
        ShippedTable.rows(PlaceIds.class, RESOURCE).stream().filter(c -> c.length == 2)
                .forEach(c -> ids.put(c[0], c[1]));
        return new PlaceIds(Map.copyOf(ids));
    }

    /** Builds the resource from the gazetteer folder; countries win over provinces, provinces over regencies. */
    static int build(Path gazetteer, Path out) throws IOException {
        TreeMap<String, String> ids = new TreeMap<>();
        List<String[]> countries = rows(gazetteer.resolve("countries.tsv"));
        String[] header = countries.getFirst();
        for (String[] row : countries.subList(1, countries.size())) {
            String qid = cell(header, row, "wikidata_qid");
            for (String column : new String[] {"name_id", "aliases_id", "name_en", "aliases_en"}) {
                for (String name : cell(header, row, column).split("\\|")) {
                    put(ids, name, qid);
                }
            }
        }
        List<String[]> provinces = rows(gazetteer.resolve("id_provinces.tsv"));
        for (String[] row : provinces.subList(1, provinces.size())) {
            put(ids, cell(provinces.getFirst(), row, "name"), cell(provinces.getFirst(), row, "wikidata_qid"));
        }
        List<String[]> regencies = rows(gazetteer.resolve("id_regencies.tsv"));
        String[] h = regencies.getFirst();
        // news means the city when a kabupaten and a kota share a name ("Bandung"): cities go first
        for (String type : new String[] {"kota", "kabupaten"}) {
            for (String[] row : regencies.subList(1, regencies.size())) {
                if (cell(h, row, "type").equals(type)) {
                    String qid = cell(h, row, "wikidata_qid_2017");
                    put(ids, cell(h, row, "full_name"), qid);
                    put(ids, cell(h, row, "name"), qid);
                }
            }
        }
        PlaceNamesBuilder.writeLines(out, ids.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue())
                .toList());
        return ids.size();
    }

    private static void put(Map<String, String> ids, String name, String qid) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && qid.matches("Q\\d+")) {
            ids.putIfAbsent(key, qid);
        }
    }

    private static List<String[]> rows(Path tsv) throws IOException {
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1)).toList();
    }

    private static String cell(String[] header, String[] row, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i < row.length ? row[i] : "";
            }
        }
        throw new IllegalArgumentException("no column " + column);
    }
}
