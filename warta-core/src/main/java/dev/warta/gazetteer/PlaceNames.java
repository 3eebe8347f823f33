package dev.warta.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Names of places (countries, Indonesian provinces and regencies, cities of the world), derived
 * from the gazetteer by {@link PlaceNamesBuilder}. Lookup ignores case: datelines are often in capitals.
 */
public final class PlaceNames {
    static final String RESOURCE = "place-names.txt.gz";
    private static volatile PlaceNames shared;
    private final Set<String> names;

    private PlaceNames(Set<String> names) {
        this.names = names;
    }

    /** The list shipped with warta, loaded once. */
    public static PlaceNames shipped() {
        PlaceNames p = shared;
        if (p == null) {
            synchronized (PlaceNames.class) {
                if (shared == null) {
                    shared = load();
                }
                p = shared;
            }
        }
        return p;
    }

    private static PlaceNames load() {
        try (InputStream raw = PlaceNames.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> names = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        names.add(key(line));
                    }
                }
            }
            return new PlaceNames(Set.copyOf(names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean contains(String name) {
        return names.contains(key(name));
    }
}
