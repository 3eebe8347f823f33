package dev.warta.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warta.Warta;
import dev.warta.model.ContentType;
import dev.warta.model.DateValue;
import dev.warta.model.Document;
import dev.warta.model.RawDocument;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores main-content extraction and page metadata on a folder laid out like extraction-dev:
 * {@code pages/ID.html.gz} with the gold main text {@code pages/ID.txt}, and {@code index.jsonl} with
 * the gold title, author and publish_date. The HTML is read into memory first; only analysis is timed,
 * on passes after the scored one.
 * <p>A page's authors match the gold author when one of them is the gold string, or when they are the
 * names the gold string lists ("A, B and C" against [A, B, C]): warta gives authors as a list, the gold
 * as one string. {@code authorString} keeps the first test alone.
 */
public final class ExtractionEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*(?:[,;&]\\s*(?:and\\s+)?|\\s+and\\s+)");

    /** One page: its id, score, and the text warta extracted. */
    public record PageResult(String id, ShingleScore.Page score, String text) {
    }

    /**
     * The figures: the text metric, metadata accuracies, and speed on one thread, for the whole analysis
     * and for the extraction stage alone (what other extractors do), as pages per second over all pages
     * and as the time of the median page.
     */
    public record Result(ShingleScore.Corpus text, Accuracy title, Accuracy author, Accuracy authorString,
                         Accuracy date, double pagesPerSecond, double medianPageMillis, double extractPagesPerSecond,
                         double extractMedianPageMillis, List<PageResult> pages, List<Miss> misses) {
    }

    /** A metadata field of one page that differs from the gold: {@code field} is title, author or date. */
    public record Miss(String id, String field, String gold, String found) {
    }

    private final Warta warta;

    public ExtractionEvaluation(Warta warta) {
        this.warta = warta;
    }

    public Result run(Path dir) throws IOException {
        return run(dir, true);
    }

    /** With {@code timed} false the speed passes are skipped and the speeds are zero. */
    public Result run(Path dir, boolean timed) throws IOException {
        List<JsonNode> index = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("index.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                index.add(JSON.readTree(line));
            }
        }
        List<String> html = new ArrayList<>();
        for (JsonNode page : index) {
            html.add(read(dir.resolve("pages").resolve(page.path("id").asText() + ".html.gz")));
        }
        List<PageResult> pages = new ArrayList<>();
        Accuracy title = Accuracy.ZERO;
        Accuracy author = Accuracy.ZERO;
        Accuracy authorString = Accuracy.ZERO;
        Accuracy date = Accuracy.ZERO;
        List<Miss> misses = new ArrayList<>();
        long[] nanos = new long[index.size()];
        for (int i = 0; i < index.size(); i++) {
            JsonNode gold = index.get(i);
            String id = gold.path("id").asText();
            RawDocument raw = raw(gold, html.get(i));
            Document d = analyze(raw);
            String goldText = Files.readString(dir.resolve("pages").resolve(id + ".txt"), StandardCharsets.UTF_8);
            String text = d == null ? "" : d.article().text();
            pages.add(new PageResult(id, ShingleScore.page(goldText, text), text));
            if (d == null) {
                title = title.plus(false);
                continue;
            }
            String goldTitle = spaces(gold.path("title").asText());
            String foundTitle = spaces(d.article().page().title());
            title = title.plus(goldTitle.equals(foundTitle));
            if (!goldTitle.equals(foundTitle)) {
                misses.add(new Miss(id, "title", goldTitle, foundTitle));
            }
            String goldAuthor = text(gold.path("author"));
            if (!goldAuthor.isBlank()) {
                List<String> found = d.article().page().authors();
                boolean whole = found.stream().anyMatch(a -> normalize(a).equals(normalize(goldAuthor)));
                boolean right = whole || names(goldAuthor).equals(names(found));
                authorString = authorString.plus(whole);
                author = author.plus(right);
                if (!right) {
                    misses.add(new Miss(id, "author", goldAuthor, String.join("; ", found)));
                }
            }
            String goldDate = text(gold.path("publish_date"));
            if (!goldDate.isBlank()) {
                DateValue published = d.article().published();
                String day = published == null || !published.hasFullDate() ? null : published.date().toString();
                boolean right = day != null && goldDate.startsWith(day);
                date = date.plus(right);
                if (!right) {
                    misses.add(new Miss(id, "date", goldDate, published == null ? "" : published.iso()));
                }
            }
        }
        // timed on second passes, once the code is compiled and the language models are loaded
        long[] extractNanos = new long[index.size()];
        for (int i = 0; timed && i < index.size(); i++) {
            RawDocument raw = raw(index.get(i), html.get(i));
            long t0 = System.nanoTime();
            warta.extract(raw);
            extractNanos[i] = System.nanoTime() - t0;
        }
        for (int i = 0; timed && i < index.size(); i++) {
            RawDocument raw = raw(index.get(i), html.get(i));
            long t0 = System.nanoTime();
            analyze(raw);
            nanos[i] = System.nanoTime() - t0;
        }
        ShingleScore.Corpus text = ShingleScore.Corpus.of(pages.stream().map(PageResult::score).toList());
        return new Result(text, title, author, authorString, date, perSecond(nanos), medianMillis(nanos),
                perSecond(extractNanos), medianMillis(extractNanos), List.copyOf(pages), List.copyOf(misses));
    }

    private static RawDocument raw(JsonNode gold, String html) {
        String url = gold.path("url").asText();
        return new RawDocument(new SourceRef("pages/" + gold.path("id").asText() + ".html.gz", 0, url),
                ContentType.HTML, html, new SourceMetadata(url, null, null, null, null));
    }

    private static double perSecond(long[] nanos) {
        long total = Arrays.stream(nanos).sum();
        return total == 0 ? 0 : nanos.length / (total / 1e9);
    }

    private static double medianMillis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6;
    }

    /** The analysed page, or null when nothing could be extracted from it (scored as an empty text). */
    private Document analyze(RawDocument raw) {
        try {
            return warta.analyze(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String spaces(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "" : n.asText();
    }

    /** The names a gold author string lists: "A, B, and C" and "A & B" are several. */
    static Set<String> names(String authors) {
        Set<String> out = new HashSet<>();
        for (String name : LIST_SEPARATORS.split(authors)) {
            if (!name.isBlank()) {
                out.add(normalize(name));
            }
        }
        return out;
    }

    private static Set<String> names(List<String> authors) {
        Set<String> out = new HashSet<>();
        authors.forEach(a -> out.add(normalize(a)));
        return out;
    }

    static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
