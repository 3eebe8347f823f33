package dev.warta;

import dev.warta.anatomy.NewsAnatomyParser;
import dev.warta.detect.LanguageDetector;
import dev.warta.detect.LinguaLanguageDetector;
import dev.warta.extract.ExtractedText;
import dev.warta.event.RuleEventCoder;
import dev.warta.extract.HtmlExtractor;
import dev.warta.gazetteer.PlaceNames;
import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.Document;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import dev.warta.model.AnalysisResult;
import dev.warta.gazetteer.CityPoints;
import dev.warta.gazetteer.PlaceIds;
import dev.warta.ner.CapitalizedNameRecognizer;
import dev.warta.ner.EntityGrouper;
import dev.warta.ner.NameLexicon;
import dev.warta.ner.NerTagger;
import dev.warta.ner.TaggerRecognizer;
import dev.warta.pipeline.Pipeline;
import dev.warta.quote.RuleQuoteFinder;
import dev.warta.segment.RuleSegmenter;
import dev.warta.source.Inputs;
import dev.warta.source.ReadLimits;
import dev.warta.time.DateFinder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The library's front door: {@code Warta.create().analyze(...)} reads inputs and analyses them.
 * Building one loads the language models; build it once and share it.
 */
public final class Warta {
    private final Pipeline pipeline;

    private Warta(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static Warta create() {
        return create(new LinguaLanguageDetector());
    }

    /** With another language detector (a fixed one for tests, or a faster one). */
    public static Warta create(LanguageDetector detector) {
        Languages languages = Languages.discover();
        List<Language> all = languages.all();
        DateFinder dates = new DateFinder(all.stream().map(Language::calendar).toList());
        NewsAnatomyParser anatomy = new NewsAnatomyParser(all, PlaceNames.shipped(), dates);
        NameLexicon names = NameLexicon.of(all);
        return new Warta(new Pipeline(new HtmlExtractor(all), detector, anatomy, new RuleSegmenter(), dates,
                Map.of("id", new TaggerRecognizer(NerTagger.shipped(), all, names),
                        "en", new CapitalizedNameRecognizer(all, PlaceNames.shipped(), names)),
                new EntityGrouper(PlaceIds.shipped(), CityPoints.shipped(), all, names), new RuleQuoteFinder(),
                new RuleEventCoder(), languages));
    }

    public Document analyze(RawDocument raw) {
        return pipeline.analyze(raw);
    }

    /** The first stage alone: the main text (a block per line) and the page's metadata. */
    public ExtractedText extract(RawDocument raw) {
        return pipeline.extract(raw).text();
    }

    /**
     * Reads the inputs (paths, directories, "-" for {@code stdin}) and analyses each item; failures pass
     * through. The pages of a multi-page article that arrive within {@value #BATCH} items of each other
     * (files of a directory, records of a WARC) are merged into one article, in page order.
     */
    public Stream<AnalysisResult> analyze(List<String> inputs, ReadLimits limits, InputStream stdin) {
        return analyze(inputs, limits, stdin, raw -> false);
    }

    /**
     * As {@link #analyze(List, ReadLimits, InputStream)}, leaving out the items {@code skip} accepts before
     * they are analysed (a store resuming a run skips what it already holds).
     */
    public Stream<AnalysisResult> analyze(List<String> inputs, ReadLimits limits, InputStream stdin,
                                          Predicate<RawDocument> skip) {
        Stream<ReadResult> items = new Inputs(limits, stdin).read(inputs)
                .filter(r -> !(r instanceof RawDocument raw) || !skip.test(raw));
        return batches(items).flatMap(b -> pipeline.analyze(b).stream());
    }

    /** The id the document read from {@code raw} gets: from its URL when it has one, else from its content. */
    public static String idOf(RawDocument raw) {
        return Pipeline.idOf(raw);
    }

    static final int BATCH = 500;

    private static Stream<List<ReadResult>> batches(Stream<ReadResult> items) {
        Iterator<ReadResult> it = items.iterator();
        Iterator<List<ReadResult>> batches = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public List<ReadResult> next() {
                List<ReadResult> batch = new ArrayList<>();
                while (it.hasNext() && batch.size() < BATCH) {
                    batch.add(it.next());
                }
                return batch;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
                .onClose(items::close);
    }
}
