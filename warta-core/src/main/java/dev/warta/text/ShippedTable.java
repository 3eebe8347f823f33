package dev.warta.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The rows of a table shipped inside the jar beside the class that reads it: UTF-8, gzip when the name ends
 * in {@code .gz}, tab-separated, blank lines and {@code #} comments skipped. A missing table is a broken build,
 * so it fails loudly rather than leaving a stage without its knowledge.
 */
public final class ShippedTable {
    private ShippedTable() {
    }

    /** Each row split on tabs, keeping empty cells. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        return lines(owner, resource).stream().map(l -> l.split("\t", -1)).toList();
    }

    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream raw = owner.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource + " of " + owner.getName());
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
