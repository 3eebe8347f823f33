package dev.warta.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of one page, collected in one walk for the metadata readers: each of them used to
 * select its own (meta tags, scripts, links, times, headings), and those twenty walks of the whole
 * page were a tenth of extraction time. The page must not change while this is in use.
 */
final class PageElements {
    private final Document page;
    private final List<Element> all = new ArrayList<>();
    private final Map<String, List<Element>> byTag = new HashMap<>();
    private int bodyFrom = -1;
    private int bodyTo = -1;

    PageElements(Document page, Deadline deadline) {
        this.page = page;
        Element body = page.body();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    deadline.tick();
                    if (e == body) {
                        bodyFrom = all.size();
                    }
                    all.add(e);
                    byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == body) {
                    bodyTo = all.size();
                }
                return FilterResult.CONTINUE;
            }
        }, page);
    }

    Document page() {
        return page;
    }

    /** Every element of the page, in document order. */
    List<Element> all() {
        return all;
    }

    /** The body and the elements in it, in document order, as {@code body().getAllElements()}; empty without a body. */
    List<Element> body() {
        return bodyFrom < 0 ? List.of() : all.subList(bodyFrom, bodyTo);
    }

    /** The page's elements of one tag (lower case), in document order. */
    List<Element> tagged(String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    /** The {@code <link>} elements of one relation ("canonical"; ignoring case) that have an href. */
    List<Element> links(String rel) {
        List<Element> out = new ArrayList<>();
        for (Element l : tagged("link")) {
            if (l.attr("rel").strip().equalsIgnoreCase(rel) && l.hasAttr("href")) {
                out.add(l);
            }
        }
        return out;
    }
}
