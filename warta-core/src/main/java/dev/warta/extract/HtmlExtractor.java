package dev.warta.extract;

import dev.warta.lang.Language;
import dev.warta.model.ContentType;
import dev.warta.model.PageMetadata;
import dev.warta.model.RawDocument;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Plain text passes through (line endings and Unicode normalized to NFC); an HTML page is parsed
 * once with jsoup, its main content written one block per line, and its metadata read.
 * What the container said (a JSON Lines or feed title) wins over what the page says.
 */
public final class HtmlExtractor implements TextExtractor {
    static final int MAX_DEPTH = 256;
    /** Real pages extract in a few milliseconds; a page that takes this long is hostile or broken. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    private final MainContent content;
    private final MetadataReader metadata = new MetadataReader();
    private final Duration timeLimit;

    public HtmlExtractor(List<Language> languages) {
        this(languages, TIME_LIMIT);
    }

    /** @param timeLimit the time one document may take; past it, extraction fails with an IllegalArgumentException */
    public HtmlExtractor(List<Language> languages, Duration timeLimit) {
        this.timeLimit = timeLimit;
        Set<String> furniture = new HashSet<>();
        Set<String> labels = new HashSet<>();
        Set<String> moreArticles = new HashSet<>();
        languages.forEach(l -> {
            furniture.addAll(l.boilerplateMarkup());
            labels.addAll(l.credits().labels().keySet());
            moreArticles.addAll(l.moreArticlesHeadings());
        });
        this.content = new MainContent(furniture, creditLine(labels), TailTrimmer.headingOf(moreArticles));
    }

    /** "Editor: X", "Redaktur & Reporter : X", "[Redaktur: X]", and desk codes alone: "(rca)", "[yan]". */
    static Pattern creditLine(Set<String> labels) {
        String label = labels.stream().sorted((a, b) -> b.length() - a.length())
                .map(l -> Pattern.quote(l).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        return Pattern.compile("^[\\[(]?\\s*(?:" + label + ")(?:\\s*(?:&|/|,|dan|and)\\s*(?:" + label + "))*\\s*(?::|by\\s)"
                + "|^[\\[(][A-Za-z][A-Za-z0-9]{1,5}(?:-\\d{1,3})?(?:\\s*/\\s*[A-Za-z][A-Za-z0-9]{1,5}(?:-\\d{1,3})?)*[)\\]]$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public ExtractedText extract(RawDocument document) {
        String title = document.metadata().title();
        if (document.contentType() != ContentType.HTML) {
            return new ExtractedText(normalize(document.content()),
                    withStatedAuthor(PageMetadata.NONE.withTitle(title), document));
        }
        String url = document.metadata().url();
        Deadline deadline = Deadline.in(timeLimit);
        // deeper nesting than any real page is flattened, which bounds the work on hostile pages
        Document page = Jsoup.parse(document.content(), url == null ? "" : url,
                Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        deadline.check();
        // the content first: its measuring pass refuses a page with too many elements before more work is done
        String text = page.body() == null ? "" : content.extract(page.body(), deadline);
        PageMetadata meta = metadata.read(page, url, deadline);
        if (meta.title() != null) {
            meta = meta.withTitle(Mojibake.repaired(meta.title()));
        }
        if (title != null && !title.isBlank()) {
            meta = meta.withTitle(title.strip());
        }
        meta = withStatedAuthor(meta, document);
        return new ExtractedText(normalize(text), meta);
    }

    /** The author a feed item or JSON Lines record names, when the page itself names none. */
    private static PageMetadata withStatedAuthor(PageMetadata meta, RawDocument document) {
        String author = document.metadata().author();
        return meta.authors().isEmpty() && author != null && !author.isBlank()
                ? meta.withAuthors(List.of(author.strip())) : meta;
    }

    static String normalize(String text) {
        String t = Mojibake.repaired(text).replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }
}
