package dev.warta.source;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * What can be kept of a feed that is not well-formed XML: the items that end before the point where
 * the strict parser failed, so that a cut-off download keeps all but its last item. jsoup's lenient
 * XML parser rebuilds the tree; the items it had to close itself, or that end past the error, are
 * dropped, since everything before the error position is known to be well-formed.
 */
final class FeedSalvage {
    private FeedSalvage() {
    }

    /** The feed with only its intact items, as XML text; null when no item is intact. */
    static String itemsBefore(String xml, int errorLine, int errorColumn) {
        Document d = Parser.xmlParser().setTrackPosition(true).parseInput(xml, "");
        d.outputSettings().prettyPrint(false);
        for (Element item : items(d)) {
            if (!endsBefore(item.endSourceRange(), errorLine, errorColumn)) {
                item.remove(); // with any items it swallowed for want of an end tag
            }
        }
        return items(d).isEmpty() ? null : d.outerHtml();
    }

    private static List<Element> items(Document d) {
        return d.getAllElements().stream().filter(FeedSalvage::isItem).toList();
    }

    private static boolean isItem(Element e) {
        String name = e.tagName().substring(e.tagName().indexOf(':') + 1);
        return name.equals("item") || name.equals("entry");
    }

    private static boolean endsBefore(Range end, int line, int column) {
        if (!end.isTracked() || end.isImplicit()) {
            return false;
        }
        Range.Position at = end.end();
        return at.lineNumber() < line || at.lineNumber() == line && at.columnNumber() < column;
    }
}
