package dev.warta.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phrases of known places and person titles, as hashes of their lower-cased words, for the tagger's
 * gazetteer features. Built from ../shared/data at training time and stored inside the model file,
 * so the shipped tagger needs nothing else.
 */
final class NerGazetteer {
    /** Countries and world regions; Indonesian provinces and regencies; districts; villages; world cities; titles. */
    static final int COUNTRY = 0;
    static final int PROVINCE_REGENCY = 1;
    static final int DISTRICT = 2;
    static final int VILLAGE = 3;
    static final int CITY = 4;
    static final int TITLE = 5;
    static final int CATEGORIES = 6;
    static final int MAX_WORDS = 5;
    static final NerGazetteer EMPTY = new NerGazetteer(new long[0], new byte[0]);

    private final long[] keys;
    private final byte[] categories;

    private NerGazetteer(long[] keys, byte[] categories) {
        this.keys = keys;
        this.categories = categories;
    }

    /** The category bits of the phrase with hash {@code key} (see {@link #wordHash}), 0 if none. */
    int lookup(long key) {
        int i = Arrays.binarySearch(keys, key);
        return i < 0 ? 0 : categories[i];
    }

    int size() {
        return keys.length;
    }

    /** Extends a phrase hash by one lower-cased word {@code text[from, to)}; a phrase starts from 0. */
    static long wordHash(long phrase, CharSequence text, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ Character.toLowerCase(text.charAt(i))) * 0x100000001b3L;
        }
        h += phrase * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xbf58476d1ce4e5b9L;
        return h ^ h >>> 29;
    }

    /** The hash of a whole phrase, its words split on whitespace. */
    static long phraseHash(String phrase) {
        long h = 0;
        for (String word : phrase.strip().split("\\s+")) {
            h = wordHash(h, word, 0, word.length());
        }
        return h;
    }

    /**
     * Reads the gazetteer folder (countries, regions, provinces, regencies, districts, villages, world cities)
     * and the titles and honorifics of the id-text folder. Names of one or two letters ("AS", "UK") are left
     * out: lower-cased they are ordinary words.
     */
    static NerGazetteer read(Path gazetteer, Path idText) {
        Map<Long, Integer> entries = new TreeMap<>();
        add(entries, gazetteer.resolve("countries.tsv"), COUNTRY, List.of("name_id", "aliases_id", "name_en",
                "aliases_en"));
        add(entries, gazetteer.resolve("regions_supranational.tsv"), COUNTRY, List.of("name_id", "name_en"));
        add(entries, gazetteer.resolve("id_provinces.tsv"), PROVINCE_REGENCY, List.of("name"));
        add(entries, gazetteer.resolve("id_regencies.tsv"), PROVINCE_REGENCY, List.of("name", "full_name"));
        add(entries, gazetteer.resolve("id_districts.tsv"), DISTRICT, List.of("name"));
        add(entries, gazetteer.resolve("id_villages.tsv"), VILLAGE, List.of("name"));
        add(entries, gazetteer.resolve("world_cities.tsv"), CITY, List.of("name"));
        add(entries, idText.resolve("role_titles_id.tsv"), TITLE, List.of("title_id"));
        add(entries, idText.resolve("honorifics_id.tsv"), TITLE, List.of("token"));
        long[] keys = new long[entries.size()];
        byte[] categories = new byte[entries.size()];
        int i = 0;
        for (Map.Entry<Long, Integer> e : entries.entrySet()) {
            keys[i] = e.getKey();
            categories[i++] = (byte) (int) e.getValue();
        }
        return new NerGazetteer(keys, categories);
    }

    private static void add(Map<Long, Integer> entries, Path tsv, int category, List<String> columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = List.of(lines.getFirst().split("\t", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            for (String column : columns) {
                int c = header.indexOf(column);
                if (c < 0) {
                    throw new IllegalArgumentException(tsv + ": no column " + column);
                }
                for (String name : fields[c].split("\\|")) {
                    String n = name.strip().toLowerCase(Locale.ROOT);
                    if (n.length() > 2 && n.split("\\s+").length <= MAX_WORDS) {
                        entries.merge(phraseHash(n), 1 << category, (a, b) -> a | b);
                    }
                }
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.writeLong(keys[i]);
            out.writeByte(categories[i]);
        }
    }

    static NerGazetteer read(DataInputStream in) throws IOException {
        int n = in.readInt();
        long[] keys = new long[n];
        byte[] categories = new byte[n];
        for (int i = 0; i < n; i++) {
            keys[i] = in.readLong();
            categories[i] = in.readByte();
        }
        return new NerGazetteer(keys, categories);
    }
}
