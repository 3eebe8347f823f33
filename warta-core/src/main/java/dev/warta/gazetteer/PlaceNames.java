package dev.warta.gazetteer;

import dev.warta.text.ShippedTable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of places (countries, Indonesian provinces and regencies, cities of the world), derived
 * from the gazetteer by {@link PlaceNamesBuilder}. Lookup ignores case: datelines are often in capitals.
 */
public final class PlaceNames {
    static final String RESOURCE = "place-names.txt.gz";
    private final Set<String> names;

    private PlaceNames(Set<String> names) {
        this.names = names;
    }

    /** The list shipped with warta, loaded once. */
    public static PlaceNames shipped() {
        return Shipped.NAMES;
    }

    /** Loaded on first use: the holder idiom makes that lazy and thread-safe without locks. */
    private static final class Shipped {
        static final PlaceNames NAMES = load();
    }

    private static PlaceNames load() {
        Set<String> names = new HashSet<>();
        ShippedTable.lines(PlaceNames.class, RESOURCE).forEach(line -> names.add(key(line)));
        return new PlaceNames(Set.copyOf(names));
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean contains(String name) {
        return names.contains(key(name));
    }
}
