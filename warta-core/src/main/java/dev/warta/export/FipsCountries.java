package dev.warta.export;

import dev.warta.text.ShippedTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Countries by ISO 3166 alpha-3 code (which CAMEO country codes and warta's place countries use) with
 * their FIPS 10-4 code, which GDELT puts in its {@code *Geo_CountryCode} columns (Indonesia ID, Malaysia
 * MY, but Germany GM, China CH), and their English name. Read from {@code fips-countries.tsv}, which
 * {@link #build} derives from {@code gdelt/fips_country_codes.tsv} of the events data folder.
 */
public final class FipsCountries {
    static final String RESOURCE = "fips-countries.tsv";

    /** One country: its FIPS 10-4 code and English name. */
    public record Country(String iso3, String fips, String name) {
    }

    private final Map<String, Country> byIso3;

    private FipsCountries(Map<String, Country> byIso3) {
        this.byIso3 = Map.copyOf(byIso3);
    }

    public static FipsCountries shipped() {
        return Shipped.COUNTRIES;
    }

    /** Loaded on first use: the holder idiom makes that lazy and thread-safe without locks. */
    private static final class Shipped {
        static final FipsCountries COUNTRIES = load();
    }

    public Optional<Country> ofIso3(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso3.get(iso3));
    }

    public int size() {
        return byIso3.size();
    }

    private static FipsCountries load() {
        Map<String, Country> byIso3 = new HashMap<>();
        ShippedTable.rows(FipsCountries.class, RESOURCE).stream().filter(c -> c.length == 3)
                .forEach(c -> byIso3.put(c[0], new Country(c[0], c[1], c[2])));
        return new FipsCountries(byIso3);
    }

    /**
     * Derives the resource (ISO-3, FIPS, name; sorted by ISO-3) from the FIPS table ({@code fips, iso3,
     * iso2, name, region} with a header row); returns the number of countries. Rows without both codes
     * are skipped, and the first row of an ISO-3 code wins, so the output is the same on every run.
     */
    public static int build(Path fipsTable, Path out) throws IOException {
        List<String> lines = Files.readAllLines(fipsTable, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split("\t", -1));
        int fips = column(header, "fips");
        int iso3 = column(header, "iso3");
        int name = column(header, "name");
        TreeMap<String, String> rows = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            if (c.length > name && c[iso3].strip().matches("[A-Z]{3}") && c[fips].strip().matches("[A-Z]{2}")) {
                // a tab or line break inside a name would break both this file and GDELT rows
                String clean = c[name].replaceAll("\\s+", " ").strip();
                rows.putIfAbsent(c[iso3].strip(), c[fips].strip() + "\t" + clean);
            }
        }
        List<String> body = new ArrayList<>();
        body.add("# ISO 3166 alpha-3, FIPS 10-4 (GDELT geo country code), name. Derived from GDELT's country "
                + "lookup (gdelt/fips_country_codes.tsv); see NOTICE.");
        rows.forEach((k, v) -> body.add(k + "\t" + v));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, body, StandardCharsets.UTF_8);
        return rows.size();
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return i;
    }
}
