package dev.warta.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.model.ContentType;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Synthetic news for benchmarks, made of the project's own sentences: those of the written articles under
 * {@code examples/} and of the event sentence gold sets, recombined into articles of 8-20 sentences with a
 * lead prefix (dateline and outlet), a publication day in 2025, a URL of their own (so each gets its own id)
 * and a stated language. Article {@code i} depends only on the seed and {@code i}: a run can be repeated, and
 * one article made again without the ones before it.
 */
public final class SyntheticCorpus {
    /** Where the sentence gold sets lie in a warta checkout. */
    public static final String GOLD_DIR = "warta-core/src/test/resources/dev/warta/event";
    static final int MIN_SENTENCES = 8;
    static final int MAX_SENTENCES = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final String[] CITIES = {"JAKARTA", "SEMARANG", "SURABAYA", "BANDUNG", "MEDAN", "MAKASSAR",
        "YOGYAKARTA", "DENPASAR", "PALEMBANG", "JAYAPURA"};
    // Made-up outlets: the articles are recombined, so no real newsroom should be credited with them.
    private static final String[] OUTLETS = {"WARTABENCH.COM", "KABARUJI.ID", "BERITASINTESIS.COM", "SUARAUJI.CO.ID"};
    /** A break after . ! ? before a capital or a quote, but not after a title such as "Dr." or "H.". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”]?)(?<!\\b\\p{Lu}\\p{Ll}{0,2}\\.)\\s+(?=[\"“\\p{Lu}])");
    /** "SEMARANG, WARTAJATENG.COM - " at the start of a line: left out, each article gets its own. */
    private static final Pattern LEAD = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{N} .,()]*\\s[-–—]\\s+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Set<String> ID_WORDS = Set.of("yang", "dan", "di", "dengan", "untuk", "dari", "pada", "ini",
            "itu", "tidak", "akan");
    private static final Set<String> EN_WORDS = Set.of("the", "and", "of", "to", "in", "that", "is", "was", "for",
            "with", "said");

    private final Map<String, List<String>> sentences;
    private final String[] languages;
    private final long seed;

    /** A generator over these sentences per language code; a language without sentences is left out. */
    public SyntheticCorpus(Map<String, List<String>> sentencesByLanguage, long seed) {
        this.sentences = new TreeMap<>();
        sentencesByLanguage.forEach((lang, list) -> {
            if (!list.isEmpty()) {
                sentences.put(lang, List.copyOf(list));
            }
        });
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to recombine");
        }
        this.languages = sentences.keySet().toArray(String[]::new);
        this.seed = seed;
    }

    /** The sentences of a warta checkout: {@code examples/**}{@code /*.txt} and {@code GOLD_DIR/sentences-*.jsonl}. */
    public static SyntheticCorpus fromProject(Path root, long seed) throws IOException {
        Map<String, Set<String>> byLang = new TreeMap<>();
        for (Path gold : sorted(root.resolve(GOLD_DIR), "sentences-", ".jsonl")) {
            ObjectMapper mapper = new ObjectMapper();
            for (String line : Files.readAllLines(gold)) {
                if (!line.isBlank()) {
                    JsonNode n = mapper.readTree(line);
                    byLang.computeIfAbsent(n.path("lang").asText("id"), k -> new LinkedHashSet<>()).add(n.path("text").asText());
                }
            }
        }
        for (Path txt : sorted(root.resolve("examples"), "", ".txt")) {
            String text = Files.readString(txt);
            String lang = languageOf(text);
            if (lang != null) {
                byLang.computeIfAbsent(lang, k -> new LinkedHashSet<>()).addAll(sentencesOf(text));
            }
        }
        Map<String, List<String>> lists = new TreeMap<>();
        byLang.forEach((lang, set) -> lists.put(lang, new ArrayList<>(set)));
        return new SyntheticCorpus(lists, seed);
    }

    /** Files under {@code dir} (recursively) with this prefix and suffix, in path order so runs agree. */
    private static List<Path> sorted(Path dir, String prefix, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(suffix);
            }).sorted().toList();
        }
    }

    /**
     * The sentences of an article file: lines that read as prose (a final stop, at least five words), so
     * bylines, "Baca Juga:" and advertisement lines are left out; the lead prefix of the first line is cut.
     */
    static List<String> sentencesOf(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String prose = LEAD.matcher(line.strip()).replaceFirst("");
            for (String s : SENTENCE_END.split(prose)) {
                if (s.split("\\s+").length >= 5 && s.matches(".*[.!?][\"”]?$")) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** "id" or "en" by their commonest function words, null when the text has neither (a file of other kind). */
    static String languageOf(String text) {
        int id = 0;
        int en = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            id += ID_WORDS.contains(w) ? 1 : 0;
            en += EN_WORDS.contains(w) ? 1 : 0;
        }
        return id == 0 && en == 0 ? null : id >= en ? "id" : "en";
    }

    /** The number of sentences to draw from, per language. */
    public Map<String, Integer> sentenceCounts() {
        Map<String, Integer> out = new TreeMap<>();
        sentences.forEach((lang, list) -> out.put(lang, list.size()));
        return out;
    }

    /**
     * Every word of four letters or more, lowercased, as often as the sentences hold it: a uniform draw from
     * it follows word frequency, as the words people search for do.
     */
    public List<String> words() {
        List<String> out = new ArrayList<>();
        sentences.values().forEach(list -> list.forEach(s -> {
            Matcher m = WORD.matcher(s);
            while (m.find()) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }));
        return out;
    }

    /** The articles 0 .. n-1. */
    public Stream<RawDocument> documents(int n) {
        return IntStream.range(0, n).mapToObj(this::document);
    }

    /** Article {@code i}: a plain text with its URL, day and language stated as a JSON Lines record would. */
    public RawDocument document(int i) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String lang = pickLanguage(rng);
        List<String> pool = sentences.get(lang);
        int[] order = shuffledPrefix(pool.size(), MIN_SENTENCES + rng.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1), rng);
        StringBuilder text = new StringBuilder(lead(lang, rng));
        for (int k = 0; k < order.length; k++) {
            // paragraphs of one to three sentences, one per line as the examples have them
            text.append(k == 0 ? "" : rng.nextInt(3) == 0 ? "\n" : " ").append(pool.get(order[k]));
        }
        LocalDate day = FIRST_DAY.plusDays(rng.nextInt(365));
        String published = String.format(Locale.ROOT, "%sT%02d:%02d:00+07:00", day, 6 + rng.nextInt(16), rng.nextInt(60));
        String url = "https://bench.example/a/" + i;
        return new RawDocument(new SourceRef("synthetic", i + 1, url), ContentType.TEXT, text.toString(),
                new SourceMetadata(url, null, published, lang, null));
    }

    /** A language with odds by its number of sentences, so Indonesian, which has most, comes first. */
    private String pickLanguage(SplittableRandom rng) {
        int total = sentences.values().stream().mapToInt(List::size).sum();
        int r = rng.nextInt(total);
        for (String lang : languages) {
            r -= sentences.get(lang).size();
            if (r < 0) {
                return lang;
            }
        }
        return languages[languages.length - 1];
    }

    private static String lead(String lang, SplittableRandom rng) {
        String city = CITIES[rng.nextInt(CITIES.length)];
        String outlet = OUTLETS[rng.nextInt(OUTLETS.length)];
        return lang.equals("en") ? city + " (" + outlet + ") - " : city + ", " + outlet + " - ";
    }

    /** {@code count} distinct indices below {@code size} in random order (with repeats only if size is smaller). */
    private static int[] shuffledPrefix(int size, int count, SplittableRandom rng) {
        int[] all = IntStream.range(0, size).toArray();
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            int left = size - k % size;
            int j = rng.nextInt(left);
            out[k] = all[j];
            all[j] = all[left - 1];
            all[left - 1] = out[k];
            if (left == 1) {
                all = IntStream.range(0, size).toArray();
            }
        }
        return out;
    }
}
