package dev.warta.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text under one part of the article a block at a time (paragraph, heading, list item,
 * quote, table row), in document order, without furniture, the headline and blocks of mostly links.
 * A table row is one line, its cells separated by tabs: a row of short cells reads as the row it is,
 * not as a run of stubs.
 */
final class BlockWriter implements NodeFilter {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "tbody",
            "thead", "figure", "header", "address", "center", "hr", "details", "summary", "br");
    // a block that is (nearly) all link text is navigation; one with some prose around its links is not
    private static final double LINK_HEAVY = 0.9;
    private static final int LONG_BLOCK = 200;
    private static final Set<String> CELL_TAGS = Set.of("td", "th");
    private static final char CELL_END = '\u001F';

    private final List<String> blocks = new ArrayList<>();
    private final Element root;
    private final MeasuredPage page;
    private final Deadline deadline;
    private final StringBuilder text = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private int linkChars;
    private int inLink;
    /** Depth inside {@code <pre>}: its lines stay lines, and its markup is highlighting, not furniture. */
    private int inPre;

    private BlockWriter(Element root, MeasuredPage page, Deadline deadline) {
        this.root = root;
        this.page = page;
        this.deadline = deadline;
    }

    /** The blocks of text under {@code root}, in document order. */
    static List<String> blocks(Element root, MeasuredPage page, Deadline deadline) {
        BlockWriter writer = new BlockWriter(root, page, deadline);
        NodeTraversor.filter(writer, root);
        writer.flush();
        return writer.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        deadline.tick();
        if (node instanceof Element e) {
            // a "hljs-comment" span in a code block is a comment of the code, not a comment section
            if (!page.isVisible(e) || e.nameIs("h1") || (e != root && inPre == 0 && page.skippable(e))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCK_TAGS.contains(e.normalName())) {
                flush();
                open.push(e.normalName());
            }
            if (e.nameIs("pre")) {
                inPre++;
            }
            if (page.get(e).isLink) {
                inLink++;
            }
        } else if (node instanceof TextNode t) {
            String raw = Mojibake.symbolsRepaired(t.getWholeText());
            if (inPre > 0) {
                text.append(raw);
            } else {
                appendSpaced(raw);
            }
            if (inLink > 0) {
                linkChars += inPre > 0 ? raw.strip().length() : NodeText.strippedLength(raw);
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (BLOCK_TAGS.contains(e.normalName())) {
                flush();
                open.poll();
                if (e.nameIs("pre")) {
                    inPre--;
                }
            } else if (CELL_TAGS.contains(e.normalName())) {
                endCell();
            } else if (page.isVisible(e) && page.get(e).isLink) {
                inLink--;
            }
        }
        return FilterResult.CONTINUE;
    }

    /** Ends the block being written; one of mostly links is dropped. */
    private void flush() {
        String block = inPre > 0 ? codeLines(text) : spaced(text);
        int links = linkChars;
        text.setLength(0);
        linkChars = 0;
        if (block.isEmpty()) {
            return;
        }
        double density = (double) links / block.replace(" ", "").length();
        String tag = open.isEmpty() ? "" : open.peek();
        boolean listItem = tag.equals("li") || tag.equals("dt") || tag.equals("dd");
        if (density > LINK_HEAVY && (listItem || block.length() < LONG_BLOCK)) {
            return;
        }
        blocks.add(block);
    }

    /**
     * Appends a text node's text as jsoup's text() gives it, its spaces run together with those already
     * written and none after a cell's end: a hand loop, for regular expressions over every block of
     * every page cost a twentieth of extraction time.
     */
    private void appendSpaced(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (NodeText.isSpace(c)) {
                char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
                if (last != ' ' && last != CELL_END) {
                    text.append(' ');
                }
            } else if (!NodeText.isInvisible(c)) {
                text.append(c);
            }
        }
    }

    /** Ends a table cell: a tab between cells, without the space before it. */
    private void endCell() {
        if (inPre == 0 && !text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        text.append(CELL_END);
    }

    private static String spaced(CharSequence text) {
        return text.toString().replace(CELL_END, '\t').strip();
    }

    /** The lines of a code block as written, less blank ones: a blank line would end the paragraph. */
    private static String codeLines(CharSequence text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.toString().replace(CELL_END, '\t').split("\r?\n")) {
            String kept = line.stripTrailing();
            if (!kept.isBlank()) {
                b.append(b.isEmpty() ? "" : "\n").append(kept);
            }
        }
        return b.toString();
    }
}
