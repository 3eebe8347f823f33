package dev.warta.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Walks of a page in document order: the element after or before another, the visible text around one. */
final class DocumentOrder {
    private DocumentOrder() {
    }

    /** The element after {@code e} in document order: its first child, else the next sibling of it or an ancestor. */
    static Element nextInOrder(Element e) {
        if (e.firstElementChild() != null) {
            return e.firstElementChild();
        }
        for (Element p = e; p != null; p = p.parent()) {
            if (p.nextElementSibling() != null) {
                return p.nextElementSibling();
            }
        }
        return null;
    }

    /** The element before {@code e} in document order: the last descendant of its previous sibling, else its parent. */
    static Element previousInOrder(Element e) {
        Element p = e.previousElementSibling();
        if (p == null) {
            return e.parent();
        }
        while (p.lastElementChild() != null) {
            p = p.lastElementChild();
        }
        return p;
    }

    /** The visible text just before {@code end} in document order, up to {@code max} characters. */
    static String textBefore(Element end, int max) {
        StringBuilder b = new StringBuilder();
        Element body = end.ownerDocument() == null ? null : end.ownerDocument().body();
        if (body == null) {
            return "";
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == end) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e && (e.tagName().equals("script") || e.tagName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    b.append(t.text()).append(' ');
                    if (b.length() > max * 4) {
                        b.delete(0, b.length() - max);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return b.length() > max ? b.substring(b.length() - max) : b.toString();
    }

    /** The visible text from {@code start} on in document order, up to {@code max} characters. */
    static String textAfter(Node start, int max) {
        StringBuilder b = new StringBuilder();
        Node root = start.ownerDocument() != null && start.ownerDocument().body() != null
                ? start.ownerDocument().body() : start;
        boolean[] on = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == start) {
                    on[0] = true;
                }
                if (node instanceof Element e && (e.tagName().equals("script") || e.tagName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (on[0] && node instanceof TextNode t) {
                    b.append(t.text()).append(' ');
                }
                return b.length() >= max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return b.length() > max ? b.substring(0, max) : b.toString();
    }
}
