package dev.warta.pipeline;

import dev.warta.anatomy.AnatomyParser;
import dev.warta.anatomy.ArticleHints;
import dev.warta.detect.LanguageDetector;
import dev.warta.event.EventCoder;
import dev.warta.extract.ExtractedText;
import dev.warta.extract.TextExtractor;
import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.AnalysisResult;
import dev.warta.model.Article;
import dev.warta.model.DateMention;
import dev.warta.model.DateValue;
import dev.warta.model.Entity;
import dev.warta.model.Event;
import dev.warta.model.Document;
import dev.warta.model.Failure;
import dev.warta.model.PageMetadata;
import dev.warta.model.RawDocument;
import dev.warta.model.Quote;
import dev.warta.model.ReadResult;
import dev.warta.model.Sentence;
import dev.warta.ner.EntityGrouper;
import dev.warta.ner.EntityRecognizer;
import dev.warta.quote.QuoteFinder;
import dev.warta.segment.Segmenter;
import dev.warta.time.DateFinder;
import dev.warta.time.IsoDates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composes the stages, in the one direction data flows: raw document, extracted text, language,
 * article anatomy, sentences and dates, then the later layers (entities, quotes, events).
 * Stateless and thread-safe once built.
 */
public final class Pipeline {
    /** Fallback when no language can be told: the language warta reads first. */
    static final String DEFAULT_LANGUAGE = "id";

    private final TextExtractor extractor;
    private final LanguageDetector detector;
    private final AnatomyParser anatomy;
    private final Segmenter segmenter;
    private final DateFinder dates;
    private final Map<String, EntityRecognizer> recognizers;
    private final EntityGrouper entities;
    private final QuoteFinder quotes;
    private final EventCoder events;
    private final Languages languages;

    public Pipeline(TextExtractor extractor, LanguageDetector detector, AnatomyParser anatomy, Segmenter segmenter,
             DateFinder dates, Map<String, EntityRecognizer> recognizers, EntityGrouper entities, QuoteFinder quotes,
             EventCoder events, Languages languages) {
        this.extractor = extractor;
        this.detector = detector;
        this.anatomy = anatomy;
        this.segmenter = segmenter;
        this.dates = dates;
        this.recognizers = Map.copyOf(recognizers);
        this.entities = entities;
        this.quotes = quotes;
        this.events = events;
        this.languages = languages;
    }

    /**
     * Analyses a batch of read results in order: failures pass through, a document that cannot be
     * analysed becomes one, and the pages of a multi-page article in the batch become one document.
     */
    public List<AnalysisResult> analyze(List<ReadResult> batch) {
        List<Object> slots = new ArrayList<>();
        List<Extracted> pages = new ArrayList<>();
        for (ReadResult item : batch) {
            if (item instanceof RawDocument raw) {
                try {
                    Extracted e = extract(raw);
                    pages.add(e);
                    slots.add(e);
                } catch (RuntimeException ex) {
                    slots.add(failure(raw, ex));
                }
            } else {
                slots.add(item);
            }
        }
        Map<RawDocument, Extracted> merged = new IdentityHashMap<>();
        for (Extracted e : PageChains.merge(pages)) {
            merged.put(e.raw(), e);
        }
        List<AnalysisResult> out = new ArrayList<>();
        for (Object slot : slots) {
            if (slot instanceof Failure f) {
                out.add(f);
            } else if (slot instanceof Extracted e && merged.containsKey(e.raw())) {
                out.add(complete(merged.get(e.raw()), e.raw()));
            }
        }
        return out;
    }

    private AnalysisResult complete(Extracted e, RawDocument raw) {
        try {
            return complete(e);
        } catch (RuntimeException ex) {
            return failure(raw, ex);
        }
    }

    /** A document the stages refuse (no text, a page too complex) says why; anything else is a bug report. */
    private static Failure failure(RawDocument raw, RuntimeException ex) {
        return new Failure(raw.source(), ex instanceof IllegalArgumentException ? ex.getMessage()
                : "analysis failed: " + ex);
    }

    public Document analyze(RawDocument raw) {
        return complete(extract(raw));
    }

    /** A raw document and the text extracted from it: the unit that multi-page articles are merged at. */
    public record Extracted(RawDocument raw, ExtractedText text) {
    }

    /** The first stage alone: text and page metadata. */
    public Extracted extract(RawDocument raw) {
        return new Extracted(raw, extractor.extract(raw));
    }

    /** The stages after extraction: language, anatomy, sentences and dates, entities, quotes, events. */
    public Document complete(Extracted e) {
        RawDocument raw = e.raw();
        ExtractedText extracted = e.text();
        if (extracted.text().isBlank()) {
            throw new IllegalArgumentException("no text in the document");
        }
        String statedLanguage = raw.metadata().language();
        String lang = statedLanguage != null && languages.get(statedLanguage).isPresent() ? statedLanguage
                : detector.detect(extracted.text()).orElse(DEFAULT_LANGUAGE);
        PageMetadata page = extracted.page();
        DateValue stated = IsoDates.parse(raw.metadata().published());
        ArticleHints hints = new ArticleHints(page.title(), lang,
                page.canonicalUrl() != null ? page.canonicalUrl() : raw.metadata().url(),
                stated != null ? stated : page.published());
        Article article = anatomy.parse(extracted.text(), hints).withPage(page);
        Language rules = languages.get(lang).orElseGet(() -> languages.get(DEFAULT_LANGUAGE).orElseThrow());
        List<Sentence> sentences = segmenter.segment(article.text(), article.paragraphs(), rules);
        LocalDate reference = article.published() == null ? null : article.published().date();
        List<DateMention> found = dates.find(article.text(), reference);
        // a language without a recognizer of its own gets no entities rather than wrong ones
        EntityRecognizer recognizer = recognizers.get(lang);
        List<Entity> named = recognizer == null ? List.of()
                : entities.group(article.text(), recognizer.mentions(article.text(), sentences));
        List<Quote> said = quotes.find(article.text(), sentences, named, rules);
        List<Event> happened = events.code(article, sentences, found, named, said, rules);
        return new Document(idOf(raw), raw.source(), extracted.text(), article, sentences, found, named, said,
                happened);
    }

    /** Stable id: from the URL when there is one, else from the content. */
    public static String idOf(RawDocument raw) {
        String key = raw.metadata().url() != null ? raw.metadata().url().strip() : raw.content();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
