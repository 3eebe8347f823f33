package dev.warta.gazetteer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Rebuilds {@code place-names.txt.gz} from the gazetteer folder (../shared/data/gazetteer):
 * country names in Indonesian and English, Indonesian provinces and regencies, every city
 * of world_cities.tsv, and the continents and their regions. Output is sorted and written with a
 * fixed gzip header, so the same input gives the same bytes. {@link PlaceIds} are built beside it.
 */
public final class PlaceNamesBuilder {
    private final TreeMap<String, String> names = new TreeMap<>();

    /**
     * Writes {@code place-names.txt.gz}, {@code place-ids.tsv.gz}, {@code place-countries.tsv.gz} and
     * {@code city-points.tsv.gz} into
     * {@code outDir}; returns the counts.
     */
    public static int[] buildAll(Path gazetteerDir, Path outDir) throws IOException {
        int names = build(gazetteerDir, outDir.resolve(PlaceNames.RESOURCE));
        int ids = PlaceIds.build(gazetteerDir, outDir.resolve(PlaceIds.RESOURCE));
        int countries = PlaceCountries.build(gazetteerDir, outDir.resolve(PlaceCountries.RESOURCE));
        int cities = CityPoints.build(gazetteerDir, outDir.resolve(CityPoints.RESOURCE));
        return new int[] {names, ids, countries, cities};
    }

    public static int build(Path gazetteerDir, Path out) throws IOException {
        PlaceNamesBuilder b = new PlaceNamesBuilder();
        b.addColumns(gazetteerDir.resolve("countries.tsv"), "name_id", "aliases_id", "name_en", "aliases_en",
                "capital_en");
        b.addColumns(gazetteerDir.resolve("id_provinces.tsv"), "name");
        b.addColumns(gazetteerDir.resolve("id_regencies.tsv"), "name", "full_name");
        b.addColumns(gazetteerDir.resolve("world_cities.tsv"), "name");
        b.addRegions(gazetteerDir.resolve("regions_supranational.tsv"));
        b.write(out);
        return b.names.size();
    }

    private void addColumns(Path tsv, String... columns) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            for (String column : columns) {
                int i = header.indexOf(column);
                if (i < 0) {
                    throw new IOException(tsv + " has no column " + column);
                }
                if (i < cells.length) {
                    for (String value : cells[i].split("\\|")) {
                        add(value);
                    }
                }
            }
        }
    }

    /**
     * Continents and their parts ("Eropa", "Southeast Asia"); not the groupings that act as organizations
     * (the EU, the UN, the eurozone, outlying Oceania) nor the world.
     */
    private void addRegions(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length >= 3 && cells[0].matches("\\d{3}(-alt-short)?") && !cells[0].startsWith("001")) {
                add(cells[1]);
                add(cells[2]);
            }
        }
    }

    private void add(String value) {
        String v = value.strip();
        // two-letter aliases ("AS", "UK") are ordinary words too often to mark a dateline
        if (v.length() > 2) {
            names.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
        }
    }

    private void write(Path out) throws IOException {
        writeLines(out, names.values());
    }

    /** Lines under a fixed header, gzip with a zero timestamp: the same lines give the same bytes. */
    static void writeLines(Path out, Iterable<String> lines) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (var gz = new GZIPOutputStream(Files.newOutputStream(out)) {
            {
                def.setLevel(9);
            }
        }; BufferedWriter w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8))) {
            w.write("# Derived from the warta gazetteer (GeoNames CC BY 4.0, Unicode CLDR, i18n-iso-countries,"
                    + " cahyadsn/wilayah, soluvas/opendata CC0); see NOTICE.\n");
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }
}
