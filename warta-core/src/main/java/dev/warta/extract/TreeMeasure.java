package dev.warta.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The one pass that measures a page for the main content: text, link text, commas, prose and
 * paragraphs of every visible element, summed up the tree; it also notes where credit lines may be,
 * and refuses a page with more than {@value #MAX_ELEMENTS} visible elements.
 */
final class TreeMeasure {
    // real article pages have a few thousand; this bounds the time a hostile page can take
    static final int MAX_ELEMENTS = 200_000;
    // never text a reader sees
    private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "video", "audio",
            "map", "head");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd");
    private static final int LONGEST_LINK = 500;
    private static final int PROSE_PARAGRAPH = 40;
    private static final double PROSE_LINKS = 0.3;
    private static final int OWN_TEXT = 25;
    /** The longest text that may be a credit line ("Editor: X"). */
    static final int CREDIT_LINE = 150;

    private TreeMeasure() {
    }

    static MeasuredPage measure(Element body, Furniture furniture, Pattern creditLine, Deadline deadline) {
        Map<Element, BlockStats> stats = new IdentityHashMap<>();
        List<Element> creditCandidates = new ArrayList<>();
        NodeTraversor.filter(new Counter(stats, creditCandidates, creditLine, deadline), body);
        return new MeasuredPage(body, stats, creditCandidates, furniture);
    }

    /**
     * A paragraph of text: a {@code <p>} and its kin, or an element holding its text directly, without
     * {@code <p>} (a div or span with {@code <br>} lines), unless it sits inside one.
     */
    static boolean isParagraph(Element e) {
        if (PARAGRAPH_TAGS.contains(e.normalName())) {
            return true;
        }
        Element parent = e.parent();
        return !e.nameIs("a") && hasOwnText(e) && (parent == null || !PARAGRAPH_TAGS.contains(parent.normalName()));
    }

    private static boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && NodeText.strippedLength(t.getWholeText()) >= OWN_TEXT) {
                return true;
            }
        }
        return false;
    }

    private static final class Counter implements NodeFilter {
        private final Map<Element, BlockStats> stats;
        private final List<Element> creditCandidates;
        private final Pattern creditLine;
        private final Deadline deadline;
        private int order;

        Counter(Map<Element, BlockStats> stats, List<Element> creditCandidates, Pattern creditLine,
                Deadline deadline) {
            this.stats = stats;
            this.creditCandidates = creditCandidates;
            this.creditLine = creditLine;
            this.deadline = deadline;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            deadline.tick();
            if (node instanceof Element e) {
                if (INVISIBLE_TAGS.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (order >= MAX_ELEMENTS) {
                    throw new IllegalArgumentException(String.format(
                            "page too complex: over the limit of %,d elements", MAX_ELEMENTS));
                }
                BlockStats fresh = new BlockStats();
                fresh.order = order++;
                stats.put(e, fresh);
            } else if (node instanceof TextNode t && node.parent() instanceof Element p && stats.containsKey(p)) {
                countText(t, p);
            }
            return FilterResult.CONTINUE;
        }

        private void countText(TextNode t, Element parent) {
            String raw = t.getWholeText();
            int length = NodeText.strippedLength(raw);
            BlockStats own = stats.get(parent);
            own.chars += length;
            own.commas += count(raw, ',');
            if (length >= 3 && length <= CREDIT_LINE && creditLine.matcher(t.text().strip()).lookingAt()) {
                creditCandidates.add(parent);
            }
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && stats.containsKey(e) && e.parent() != null) {
                BlockStats mine = stats.get(e);
                // an anchor around whole paragraphs (a broken or a card-style page) is not a link
                mine.isLink = e.nameIs("a") && mine.paragraphs < 2 && mine.chars < LONGEST_LINK;
                if (mine.isLink) {
                    mine.linkChars = mine.chars;
                }
                if (e.nameIs("p")) {
                    mine.paragraphs++;
                }
                if (isParagraph(e) && mine.chars >= PROSE_PARAGRAPH && mine.linkDensity() < PROSE_LINKS) {
                    mine.prose = Math.max(mine.prose, mine.chars);
                }
                addTo(stats.get(e.parent()), mine);
            }
            return FilterResult.CONTINUE;
        }

        private static void addTo(BlockStats up, BlockStats mine) {
            if (up != null) {
                up.chars += mine.chars;
                up.linkChars += mine.linkChars;
                up.commas += mine.commas;
                up.prose += mine.prose;
                up.paragraphs += mine.paragraphs;
            }
        }

        private static int count(String s, char c) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == c) {
                    n++;
                }
            }
            return n;
        }
    }
}
