package dev.warta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Lines of the body outside furniture that start with a writer or reporter label ("By X", "Penulis: X"),
 * in page order; "Posted on November 3, 2025 by Anna Berg" and "This post was written by X" count too,
 * and a label standing alone ("Written by") takes its names from the text that follows.
 */
final class AuthorsFromCreditLines {
    private static final int LONGEST_LINE = 200;
    private static final int LONGEST_ENCLOSING_LINE = 240;
    private static final int MAX_TEXT_NODES = 30000;
    private static final int MAX_LINES = 3;
    /** A note on who wrote the post is a short paragraph of its own, not a sentence of the body. */
    private static final int LONGEST_CREDIT_PARAGRAPH = 400;
    private static final Pattern BY_INSIDE = Pattern.compile("(?i)\\b(?:by|oleh)\\b");
    private static final Pattern WRITTEN_BY = Pattern.compile("(?i)\\b(?:written|authored|reported)\\s+by\\b");
    private static final Pattern LEADING_POSTED = Pattern.compile(
            "(?i)^(?:\\s*(?:posted|published|updated|written|diposting|diterbitkan|dipublikasikan)(?:\\s+(?:on|pada))?)?"
                    + "[\\s|,·•\\-–—]*");

    private final AuthorNames names;
    private final AuthorLabels labels;

    AuthorsFromCreditLines(AuthorNames names, AuthorLabels labels) {
        this.names = names;
        this.labels = labels;
    }

    /**
     * The credit lines outside {@code furniture}, which should count no share bar as furniture
     * ({@link PageFurniture#withShareBars}): a share bar holds no other article.
     */
    Byline read(Document page, PageFurniture furniture, Deadline deadline) {
        List<TextNode> texts = visibleTexts(page, furniture, deadline);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size() && out.size() < MAX_LINES; i++) {
            String raw = texts.get(i).text();
            if (raw.length() > LONGEST_LINE + 2) {
                continue; // jsoup's text() is already whitespace-collapsed: a long node is body text
            }
            String s = MetaText.clean(raw);
            if (s != null && s.length() <= LONGEST_LINE && !labels.startsWithLabel(s) && BY_INSIDE.matcher(s).find()) {
                s = labelledFromInside(s, texts, i);
            }
            if (s == null || s.length() > LONGEST_LINE || !labels.startsWithLabel(s)) {
                continue;
            }
            String value = valueOf(s, texts, i);
            if (value != null) {
                out.add(value);
            }
        }
        return new Byline(out, Byline.Source.CREDIT);
    }

    /** The text nodes of the body outside scripts, styles and furniture, up to {@value #MAX_TEXT_NODES}. */
    private static List<TextNode> visibleTexts(Document page, PageFurniture furniture, Deadline deadline) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.tick();
                if (node instanceof Element e && (e.tagName().equals("script") || e.tagName().equals("style")
                        || furniture.contains(e))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    texts.add(t);
                }
                return texts.size() >= MAX_TEXT_NODES ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, page.body());
        return texts;
    }

    /**
     * A line with "by" inside as a labelled line: "Posted on November 3, 2025 by Anna Berg" and
     * "03/01/2017 by Agatha Caleo" give "by Anna Berg"; "This post was written by Danielle Padula, Head
     * of ..." gives "By Danielle Padula, ...", and "... was written by" followed by a link gives its text.
     */
    private String labelledFromInside(String s, List<TextNode> texts, int i) {
        String rest = LEADING_POSTED.matcher(names.withoutDates(s)).replaceFirst("");
        if (!rest.equals(s) && labels.startsWithWriterLabel(rest)) {
            s = rest;
        }
        Matcher w = WRITTEN_BY.matcher(s);
        if (!w.find() || blockLength(texts.get(i)) > LONGEST_CREDIT_PARAGRAPH) {
            return s; // "... blog posts written by X (the developer of ...)" in the body is about others' work
        }
        s = "By " + s.substring(w.end()).strip();
        if (s.length() == 3) {
            List<String> next = following(texts, i, 3, Integer.MAX_VALUE);
            s = next.isEmpty() ? null : "By " + next.getFirst();
        }
        return s;
    }

    /** The length of the text of the block (paragraph, list item, div) that holds {@code t}. */
    private static int blockLength(TextNode t) {
        Element e = t.parent() instanceof Element p ? p : null;
        while (e != null && !e.isBlock()) {
            e = e.parent();
        }
        return e == null ? 0 : e.text().length();
    }

    /** The writer's names a labelled line gives, or null. */
    private String valueOf(String s, List<TextNode> texts, int i) {
        Matcher only = labels.labelOnly(s);
        if (only.matches()) {
            if (!labels.isWriterLabel(only.group("labels"))) {
                return null;
            }
            List<String> found = names.namesIn(following(texts, i, 6, 150), false);
            return found.isEmpty() ? null : String.join(", ", found);
        }
        String value = labels.labelledValue(s);
        if (value != null) {
            return value;
        }
        // "<span>Penulis</span>: Name" and similar splits: the enclosing line
        Element line = texts.get(i).parent() instanceof Element p ? p : null;
        for (int k = 0; k < 2 && line != null && labels.labelledValue(line.text()) == null; k++) {
            line = line.parent();
        }
        return line == null || line.text().length() > LONGEST_ENCLOSING_LINE ? null : labels.labelledValue(line.text());
    }

    /** The cleaned texts of up to {@code count} nodes after node {@code i}, until {@code length} characters. */
    private static List<String> following(List<TextNode> texts, int i, int count, int length) {
        List<String> next = new ArrayList<>();
        int total = 0;
        for (int j = i + 1; j < texts.size() && j <= i + count && total < length; j++) {
            String t = MetaText.clean(texts.get(j).text());
            if (t != null) {
                next.add(t);
                total += t.length();
            }
        }
        return next;
    }
}
