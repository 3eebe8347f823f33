package dev.warta.extract;

import dev.warta.model.ContentType;
import dev.warta.model.RawDocument;
import java.text.Normalizer;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text as it is (line endings and Unicode normalized to NFC); HTML as its visible text,
 * a line per block element. The main-content extractor that drops page furniture replaces the
 * HTML half of this class.
 */
public final class VisibleTextExtractor implements TextExtractor {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "svg",
            "iframe", "object");

    @Override
    public ExtractedText extract(RawDocument document) {
        if (document.contentType() == ContentType.HTML) {
            return html(document);
        }
        return new ExtractedText(normalize(document.content()), document.metadata().title());
    }

    static String normalize(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    private ExtractedText html(RawDocument document) {
        org.jsoup.nodes.Document page = Jsoup.parse(document.content(),
                document.metadata().url() == null ? "" : document.metadata().url());
        String title = document.metadata().title();
        if (title == null) {
            Element og = page.selectFirst("meta[property=og:title]");
            title = og != null ? og.attr("content") : page.title();
        }
        StringBuilder out = new StringBuilder();
        page.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !hidden(t)) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    newline(out);
                }
            }
        });
        String text = normalize(out.toString()).lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
        return new ExtractedText(text, title == null || title.isBlank() ? null : title.strip());
    }

    private static boolean hidden(TextNode t) {
        for (Node p = t.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && INVISIBLE.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void newline(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
