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
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Scores main-content extraction and page metadata on a folder laid out like extraction-dev:
 * {@code pages/ID.html.gz} with the gold main text {@code pages/ID.txt}, and {@code index.jsonl} with
 * the gold title, author and publish_date. The HTML is read into memory first; only analysis is timed,
 * on passes after the scored one.
 */
public final class ExtractionEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page: its id, score, and the text warta extracted. */
    public record PageResult(String id, ShingleScore.Page score, String text) {
    }

    /**
     * The figures: the text metric, metadata accuracies, and speed on one thread, for the whole analysis
     * and for the extraction stage alone (what other extractors do), as pages per second over all pages
     * and as the time of the median page.
     */
    public record Result(ShingleScore.Corpus text, Accuracy title, Accuracy author, Accuracy date,
                         double pagesPerSecond, double medianPageMillis, double extractPagesPerSecond,
                         double extractMedianPageMillis, List<PageResult> pages) {
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
        Accuracy date = Accuracy.ZERO;
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
            title = title.plus(spaces(gold.path("title").asText()).equals(spaces(d.article().page().title())));
            if (!gold.path("author").isNull() && !gold.path("author").asText().isBlank()) {
                String goldAuthor = normalize(gold.path("author").asText());
                author = author.plus(d.article().page().authors().stream().anyMatch(a -> normalize(a).equals(goldAuthor)));
            }
            if (!gold.path("publish_date").isNull() && !gold.path("publish_date").asText().isBlank()) {
                DateValue published = d.article().published();
                String day = published == null || !published.hasFullDate() ? null : published.date().toString();
                date = date.plus(gold.path("publish_date").asText().startsWith(day == null ? "\u0000" : day));
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
        return new Result(text, title, author, date, perSecond(nanos), medianMillis(nanos), perSecond(extractNanos),
                medianMillis(extractNanos), List.copyOf(pages));
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

    static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
