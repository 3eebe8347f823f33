package dev.warta.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import dev.warta.model.ContentType;
import dev.warta.model.Failure;
import dev.warta.model.RawDocument;
import dev.warta.model.ReadResult;
import dev.warta.model.SourceMetadata;
import dev.warta.model.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, gzipped or not, read with ROME: each item or entry becomes
 * an HTML document whose content is {@code content:encoded}, else Atom {@code content}, else the
 * description or summary. Its metadata: the link, the title, the author ({@code author},
 * {@code dc:creator} or the Atom author's name) and the date as the feed wrote it.
 * <p>
 * Items are located as "feed.rss#3" (the third item). An item without content is a failure naming
 * it. A feed that is not well-formed XML (ROME heals HTML entities, not a cut-off file or a broken
 * tag) is a failure for the file, after the items that end before the error.
 */
public final class FeedSource implements DocumentSource {
    /** Dates in feed order of preference: RSS, Atom, Dublin Core. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "updated", "date");
    private final Path path;
    private final ReadLimits limits;

    public FeedSource(Path path, ReadLimits limits) {
        this.path = path;
        this.limits = limits;
    }

    @Override
    public Stream<ReadResult> read() {
        SourceRef file = SourceRef.file(path.toString());
        String text;
        try {
            byte[] bytes = FileBytes.read(path, limits);
            if (Decoding.isBlank(bytes)) {
                return Stream.of(new Failure(file, "empty input"));
            }
            text = Parser.text(bytes);
        } catch (Unreadable e) {
            return Stream.of(new Failure(file, e.getMessage()));
        } catch (IOException e) {
            return Stream.of(new Failure(file, "cannot read: " + oneLine(e)));
        }
        try {
            return entries(new Parser().xml(text), file);
        } catch (JDOMParseException e) {
            Failure broken = new Failure(file, String.format("malformed feed XML at line %d, column %d: %s",
                    e.getLineNumber(), e.getColumnNumber(), oneLine(e.getCause() != null ? e.getCause() : e)));
            return Stream.concat(intactItems(text, e, file), Stream.of(broken));
        } catch (JDOMException | IOException | RuntimeException e) {
            return Stream.of(new Failure(file, "malformed feed XML: " + oneLine(e)));
        }
    }

    /** The items of a broken feed that end before the error ({@link FeedSalvage}). */
    private Stream<ReadResult> intactItems(String text, JDOMParseException error, SourceRef file) {
        String intact = FeedSalvage.itemsBefore(text, error.getLineNumber(), error.getColumnNumber());
        if (intact == null) {
            return Stream.empty();
        }
        try {
            return entries(new Parser().xml(intact), file);
        } catch (JDOMException | IOException | RuntimeException e) {
            return Stream.empty(); // best effort: the failure that follows says what is wrong
        }
    }

    private Stream<ReadResult> entries(Document xml, SourceRef file) {
        List<SyndEntry> entries;
        try {
            entries = new SyndFeedImpl(new Parser().build(xml)).getEntries();
        } catch (IllegalArgumentException e) { // ROME has no parser for this root
            return Stream.of(new Failure(file, "not an RSS or Atom feed (root element <"
                    + xml.getRootElement().getQualifiedName() + ">)"));
        } catch (FeedException | RuntimeException e) {
            return Stream.of(new Failure(file, "malformed feed: " + oneLine(e)));
        }
        if (entries.isEmpty()) {
            return Stream.of(new Failure(file, "no items in the feed"));
        }
        // Should ROME ever skip an element this finds, dates are left out rather than misassigned.
        List<Element> items = itemElements(xml.getRootElement());
        return IntStream.range(0, entries.size()).mapToObj(i -> item(i + 1, entries.get(i),
                items.size() == entries.size() ? writtenDate(items.get(i)) : null));
    }

    private ReadResult item(int number, SyndEntry entry, String published) {
        String url = blankToNull(entry.getLink());
        String title = blankToNull(entry.getTitle());
        SourceRef ref = new SourceRef(path + "#" + number, 0, url);
        String content = content(entry);
        if (content == null) {
            return new Failure(ref, (title != null ? "item \"" + title + "\"" : "item " + number)
                    + " has no content:encoded, content, description or summary");
        }
        return new RawDocument(ref, ContentType.HTML, content,
                new SourceMetadata(url, title, published, null, blankToNull(entry.getAuthor())));
    }

    /** {@code content:encoded} or Atom content, else the description or summary; null when all are blank. */
    private static String content(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (blankToNull(c.getValue()) != null) {
                return blankToNull(c.getValue());
            }
        }
        return entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue());
    }

    /**
     * The item elements in the order ROME reads them (under the channel in RSS 0.9x/2.0, under the
     * root in RSS 1.0 and Atom), to find each entry's date as written.
     */
    private static List<Element> itemElements(Element root) {
        Element parent = root.getName().equals("rss") ? root.getChild("channel", root.getNamespace()) : root;
        return parent == null ? List.of() : parent.getChildren().stream()
                .filter(e -> e.getName().equals("item") || e.getName().equals("entry")).toList();
    }

    /**
     * The date as the feed wrote it: ROME parses dates into an instant, which drops the offset
     * ("+0700" matters for the local day) and gives up on anything not RFC 822 or ISO 8601.
     */
    private static String writtenDate(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    /**
     * ROME's own parser settings (no DTDs, no external entities, HTML entities healed), with the
     * parsed document kept for the dates as written.
     */
    private static final class Parser extends WireFeedInput {
        /**
         * The text in the encoding the feed declares (BOM, XML declaration, else UTF-8) checked
         * against its bytes as for HTML, with HTML entities made XML.
         */
        static String text(byte[] bytes) throws IOException {
            String declared;
            try (XmlReader encoding = new XmlReader(new ByteArrayInputStream(bytes))) {
                declared = encoding.getEncoding();
            }
            StringWriter out = new StringWriter(bytes.length);
            try (Reader in = new XmlFixerReader(new StringReader(BrowserDecoding.decode(bytes, declared)))) {
                in.transferTo(out);
            }
            return out.toString();
        }

        Document xml(String text) throws IOException, JDOMException {
            return createSAXBuilder().build(new StringReader(text));
        }
    }
}
