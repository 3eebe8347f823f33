package dev.warta;

import dev.warta.anatomy.NewsAnatomyParser;
import dev.warta.detect.LanguageDetector;
import dev.warta.detect.LinguaLanguageDetector;
import dev.warta.extract.HtmlExtractor;
import dev.warta.gazetteer.PlaceNames;
import dev.warta.lang.Language;
import dev.warta.lang.Languages;
import dev.warta.model.Document;
import dev.warta.model.RawDocument;
import dev.warta.model.AnalysisResult;
import dev.warta.pipeline.Pipeline;
import dev.warta.segment.RuleSegmenter;
import dev.warta.source.Inputs;
import dev.warta.source.ReadLimits;
import dev.warta.time.DateFinder;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

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
        return new Warta(new Pipeline(new HtmlExtractor(all), detector, anatomy, new RuleSegmenter(), dates,
                languages));
    }

    public Document analyze(RawDocument raw) {
        return pipeline.analyze(raw);
    }

    /** Reads the inputs (paths, directories, "-" for {@code stdin}) and analyses each item; failures pass through. */
    public Stream<AnalysisResult> analyze(List<String> inputs, ReadLimits limits, InputStream stdin) {
        return new Inputs(limits, stdin).read(inputs).map(pipeline::analyze);
    }
}
