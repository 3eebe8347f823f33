package dev.warta.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main content of a page and writes it as text, one block (paragraph, heading, list item,
 * quote, table row) per line. Every element is scored once by the text its paragraphs hold, their
 * commas and how little of it is links, as readers have long done; class and id words, the article
 * element and the JSON-LD article body add evidence. The best container and the siblings that score
 * like it are written out in document order, without furniture, link lists and the headline.
 * All passes are iterative, so deeply nested pages cannot overflow the stack.
 */
final class MainContent {
    // never text a reader sees
    private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "video", "audio",
            "map", "head");
    // furniture by its tag, unless it holds most of the text (a page wrapped in one <form> or a stray <aside>)
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "figure", "figcaption",
            "dialog", "menu", "form", "label");
    private static final double MOSTLY = 0.5;
    private static final Set<String> INLINE_TAGS = Set.of("span", "strong", "b", "em", "i", "a", "small", "label",
            "font", "u");
    private static final int PROSE_LEVELS = 12;
    // real article pages have a few thousand; this bounds the time a hostile page can take
    static final int MAX_ELEMENTS = 200_000;
    private static final int LONGEST_LINK = 500;
    // an ancestor with this much more prose than the best container holds more of the same article
    private static final double WIDER = 1.7;
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "tbody",
            "thead", "figure", "header", "address", "center", "hr", "details", "summary", "br");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd");
    private static final Set<String> FURNITURE = Set.of("nav", "navbar", "navigation", "menu", "footer", "sidebar",
            "related", "share", "sharing", "social", "comment", "comments", "cookie", "cookies", "consent", "gdpr",
            "banner", "ad", "ads", "advert", "advertisement", "adsbygoogle", "sponsor", "sponsored", "promo",
            "newsletter", "subscribe", "subscription", "signup", "breadcrumb", "breadcrumbs", "pagination", "pager",
            "popup", "modal", "overlay", "recommended", "recommendation", "recommendations", "trending", "popular",
            "outbrain", "taboola", "disqus", "print", "toolbar", "skip", "masthead", "cta", "rating", "reactions",
            "login", "search", "tagcloud", "follow", "donate", "discussion", "reply", "respond", "copyright",
            "caption", "bio", "biography", "disclaimer", "paywall", "pricing", "upsell",
            "promotion", "promotions", "sharebar");
    // words that also name content wrappers ("elementor-widget-container", "entry-meta-body"): furniture
    // only where the element holds little prose
    private static final Set<String> WEAK_FURNITURE = Set.of("widget", "widgets", "author", "byline", "meta", "tags",
            "category", "categories", "hidden", "toc");
    private static final Set<String> CONTENT = Set.of("article", "content", "entry", "post", "body", "story", "text",
            "main", "blog", "news", "detail", "articlebody", "prose", "richtext");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    // a block that is (nearly) all link text is navigation; one with some prose around its links is not
    private static final double LINK_HEAVY = 0.9;
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");
    private static final int STUB = 80;
    private static final int CREDIT_LINE = 150;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…)\"”’]\\s*$");

    private final Set<String> furniture = new HashSet<>(FURNITURE);
    private final Pattern creditLine;

    /**
     * @param languageFurniture class and id words of the languages' sites
     * @param creditLine a line crediting the article ("Editor: X", "(rca)"), which pages often print
     *                   outside the body's container and which the article record needs
     */
    MainContent(Set<String> languageFurniture, Pattern creditLine) {
        furniture.addAll(languageFurniture);
        this.creditLine = creditLine;
    }

    /** The main text of the page under {@code body}, one block per line; empty when there is none. */
    String extract(Element body, Deadline deadline) {
        List<Element> creditCandidates = new ArrayList<>();
        Map<Element, Stats> stats = measure(body, creditCandidates, deadline);
        Map<Element, Double> scores = score(body, stats, deadline);
        Element best = best(body, stats, scores);
        if (best == null) {
            return "";
        }
        best = widened(best, body, stats);
        int pageProse = stats.get(body).prose;
        List<Element> parts = withSiblings(best, stats, scores, pageProse);
        List<String> blocks = new ArrayList<>();
        for (Element part : parts) {
            blocks.addAll(blocks(part, stats, pageProse, deadline));
        }
        List<String> kept = new ArrayList<>(withoutTail(blocks));
        for (String credit : creditsOutside(parts, creditCandidates, stats)) {
            if (!kept.contains(credit)) {
                kept.add(credit);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String block : kept) {
            out.append(block).append('\n');
        }
        return out.toString().strip();
    }

    /**
     * Credit lines after the start of the content that the content left out (printed in a byline box or
     * outside the body's container), in document order.
     */
    private List<String> creditsOutside(List<Element> parts, List<Element> candidates, Map<Element, Stats> stats) {
        int start = stats.get(parts.getFirst()).order;
        List<String> out = new ArrayList<>();
        for (Element candidate : candidates) {
            Element line = candidate;
            while (INLINE_TAGS.contains(line.normalName()) && line.parent() != null) {
                line = line.parent();
            }
            Stats s = stats.get(line);
            if (s == null || s.order <= start || s.chars > CREDIT_LINE) {
                continue;
            }
            for (String text : brLines(line)) {
                if (creditLine.matcher(text).find() && !out.contains(text)) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    /** The text of a short element, one entry per line its {@code <br>}s make. */
    private static List<String> brLines(Element e) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                line.append(t.text());
            } else if (node instanceof Element br && br.nameIs("br")) {
                lines.add(line.toString());
                line.setLength(0);
            }
        }, e);
        lines.add(line.toString());
        return lines.stream().map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * Drops the short lines after the last sentence of the article: teaser headlines, labels and
     * prices that follow a story in its container. A closing list of full lines and the credit lines
     * stay.
     */
    private List<String> withoutTail(List<String> blocks) {
        int end = blocks.size();
        while (end > 0 && isStub(blocks.get(end - 1))) {
            end--;
        }
        return end == 0 ? blocks : blocks.subList(0, end);
    }

    private boolean isStub(String block) {
        if (creditLine.matcher(block).find() || block.length() >= STUB) {
            return false;
        }
        // a closing "Tags:" or "Share this:" introduces nothing that follows
        return block.endsWith(":") || !SENTENCE_END.matcher(block).find();
    }

    /**
     * Text, link text and commas of every element, summed up the tree in one pass; a page with more
     * than {@value #MAX_ELEMENTS} visible elements is refused.
     */
    private Map<Element, Stats> measure(Element root, List<Element> creditCandidates, Deadline deadline) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        int[] order = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.tick();
                if (node instanceof Element e) {
                    if (INVISIBLE_TAGS.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (order[0] >= MAX_ELEMENTS) {
                        throw new IllegalArgumentException(String.format(
                                "page too complex: over the limit of %,d elements", MAX_ELEMENTS));
                    }
                    Stats fresh = new Stats();
                    fresh.order = order[0]++;
                    stats.put(e, fresh);
                } else if (node instanceof TextNode t && node.parent() instanceof Element p && stats.containsKey(p)) {
                    String s = t.text();
                    String stripped = s.strip();
                    Stats own = stats.get(p);
                    own.chars += stripped.length();
                    own.commas += count(s, ',');
                    if (stripped.length() >= 3 && stripped.length() <= CREDIT_LINE
                            && creditLine.matcher(stripped).lookingAt()) {
                        creditCandidates.add(p);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && stats.containsKey(e) && e.parent() != null) {
                    Stats mine = stats.get(e);
                    // an anchor around whole paragraphs (a broken or a card-style page) is not a link
                    mine.isLink = e.nameIs("a") && mine.paragraphs < 2 && mine.chars < LONGEST_LINK;
                    if (mine.isLink) {
                        mine.linkChars = mine.chars;
                    }
                    if (e.nameIs("p")) {
                        mine.paragraphs++;
                    }
                    if (isParagraph(e) && mine.chars >= 40 && mine.linkDensity() < 0.3) {
                        mine.prose = Math.max(mine.prose, mine.chars);
                    }
                    Stats up = stats.get(e.parent());
                    if (up != null) {
                        up.chars += mine.chars;
                        up.linkChars += mine.linkChars;
                        up.commas += mine.commas;
                        up.prose += mine.prose;
                        up.paragraphs += mine.paragraphs;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return stats;
    }

    /**
     * Readability-style scoring: each paragraph outside furniture gives points to its parent and
     * grandparents.
     */
    private Map<Element, Double> score(Element body, Map<Element, Stats> stats, Deadline deadline) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        int pageProse = stats.get(body).prose;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.tick();
                if (!(node instanceof Element e) || !stats.containsKey(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e != body && skippable(e, stats, pageProse)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                Stats s = stats.get(e);
                if (isParagraph(e) && s.chars >= 25) {
                    addPoints(e, s, stats, scores);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        scores.replaceAll((e, score) -> score * (1 - stats.get(e).linkDensity()));
        return scores;
    }

    private void addPoints(Element e, Stats s, Map<Element, Stats> stats, Map<Element, Double> scores) {
        double points = 1 + s.commas + Math.min(3, s.chars / 100.0);
        Element up = e.parent();
        for (int level = 0; level < 3 && up != null && stats.containsKey(up); level++, up = up.parent()) {
            double base = scores.computeIfAbsent(up, this::initialScore);
            scores.put(up, base + points / (level == 0 ? 1 : level * 2));
        }
    }

    /**
     * Furniture by tag, class, role or hiding, unless it holds most of the page's prose (a page wrapped
     * in one form, a theme that calls its content column "sidebar-layout"); weak furniture words only
     * where the element is mostly not prose.
     */
    private boolean skippable(Element e, Map<Element, Stats> stats, int pageProse) {
        Stats s = stats.get(e);
        if (s.prose >= MOSTLY * Math.max(1, pageProse)) {
            return false;
        }
        if (s.furniture == null) {
            s.furniture = furnitureOf(e);
        }
        if (FURNITURE_TAGS.contains(e.normalName()) || isHidden(e) || isImageBox(e, s)) {
            return true;
        }
        Furniture f = s.furniture;
        return f == Furniture.STRONG || (f == Furniture.WEAK && s.prose < MOSTLY * s.chars);
    }

    private static Element best(Element body, Map<Element, Stats> stats, Map<Element, Double> scores) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                bestScore = entry.getValue();
                best = entry.getKey();
            }
        }
        return best == null && stats.containsKey(body) && stats.get(body).chars > 0 ? body : best;
    }

    private static boolean isParagraph(Element e) {
        if (PARAGRAPH_TAGS.contains(e.normalName())) {
            return true;
        }
        // an element holding its text directly, without <p> (a div or span with <br> lines), is a paragraph
        // too, unless it sits inside one
        Element parent = e.parent();
        return !e.nameIs("a") && hasOwnText(e) && (parent == null || !PARAGRAPH_TAGS.contains(parent.normalName()));
    }

    private double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "form" -> -3;
            case "th", "h2", "h3", "h4", "h5", "h6" -> -5;
            default -> 0;
        };
        if ("articleBody".equals(e.attr("itemprop"))) {
            score += 30;
        }
        return score + classWeight(e);
    }

    private double classWeight(Element e) {
        double w = 0;
        for (String word : words(e)) {
            if (furniture.contains(word)) {
                w -= 25;
            } else if (CONTENT.contains(word)) {
                w += 25;
            }
        }
        return Math.max(-50, Math.min(50, w));
    }

    /**
     * Goes up from the best container to any ancestor that holds clearly more prose, and not more other
     * text than prose on top: an article body split over several blocks (page builders nest each
     * paragraph group in its own wrapper), not the page around a short article.
     */
    private static Element widened(Element best, Element body, Map<Element, Stats> stats) {
        Element chosen = best;
        Element up = best.parent();
        for (int level = 0; level < PROSE_LEVELS && up != null && stats.containsKey(up); level++, up = up.parent()) {
            Stats u = stats.get(up);
            Stats c = stats.get(chosen);
            double addedProse = u.prose - c.prose;
            double addedOther = (u.chars - u.prose) - (c.chars - c.prose);
            if (u.prose > WIDER * Math.max(1, c.prose)
                    && addedOther <= addedProse) {
                chosen = up;
            }
            if (up == body) {
                break;
            }
        }
        return chosen;
    }

    /** The best element and those of its siblings that read like more of the same article. */
    private List<Element> withSiblings(Element best, Map<Element, Stats> stats, Map<Element, Double> scores,
                                       int pageProse) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, scores.getOrDefault(best, 0.0) * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            Stats s = stats.get(sibling);
            if (sibling == best) {
                parts.add(sibling);
            } else if (s != null && !skippable(sibling, stats, pageProse)
                    && (scores.getOrDefault(sibling, 0.0) >= threshold || readsLikeProse(sibling, s))) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean readsLikeProse(Element e, Stats s) {
        if (!e.nameIs("p")) {
            return false;
        }
        double density = s.linkDensity();
        String text = e.text();
        return (s.chars > 80 && density < 0.25) || (s.chars > 0 && density == 0 && text.matches(".*[.!?]\\s*$"));
    }

    /** The blocks of text under {@code root}, in document order, without furniture and link lists. */
    private List<String> blocks(Element root, Map<Element, Stats> stats, int pageProse, Deadline deadline) {
        List<String> blocks = new ArrayList<>();
        BlockWriter writer = new BlockWriter(blocks, root, stats, pageProse, deadline);
        NodeTraversor.filter(writer, root);
        writer.flush();
        return blocks;
    }

    /** Writes text a block at a time; a block of mostly links is dropped. */
    private final class BlockWriter implements NodeFilter {
        private final List<String> blocks;
        private final Element root;
        private final Map<Element, Stats> stats;
        private final int pageProse;
        private final Deadline deadline;
        private final StringBuilder text = new StringBuilder();
        private final Deque<String> open = new ArrayDeque<>();
        private int linkChars;
        private int inLink;

        BlockWriter(List<String> blocks, Element root, Map<Element, Stats> stats, int pageProse, Deadline deadline) {
            this.blocks = blocks;
            this.root = root;
            this.stats = stats;
            this.pageProse = pageProse;
            this.deadline = deadline;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            deadline.tick();
            if (node instanceof Element e) {
                if (!stats.containsKey(e) || e.nameIs("h1")
                        || (e != root && skippable(e, stats, pageProse))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                    open.push(e.normalName());
                }
                if (stats.get(e).isLink) {
                    inLink++;
                }
            } else if (node instanceof TextNode t) {
                String s = t.text();
                text.append(s);
                if (inLink > 0) {
                    linkChars += s.strip().length();
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
                } else if (stats.containsKey(e) && stats.get(e).isLink) {
                    inLink--;
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            String block = text.toString().replaceAll("\\s+", " ").strip();
            int links = linkChars;
            text.setLength(0);
            linkChars = 0;
            if (block.isEmpty()) {
                return;
            }
            double density = (double) links / block.replace(" ", "").length();
            String tag = open.isEmpty() ? "" : open.peek();
            boolean listItem = tag.equals("li") || tag.equals("dt") || tag.equals("dd");
            if (density > LINK_HEAVY && (listItem || block.length() < 200)) {
                return;
            }
            blocks.add(block);
        }
    }

    /** How strongly an element's role and class words mark it as furniture. */
    private enum Furniture { NONE, WEAK, STRONG }

    /**
     * Strong: a furniture role or word ("share-box", "comments"). Weak: a word that also names content
     * wrappers ("widget", "meta"), or a furniture word beside a content word ("sidebar-content",
     * "content-nav-section"), which themes use for the article column itself.
     */
    private Furniture furnitureOf(Element e) {
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
                || role.equals("complementary") || role.equals("dialog")) {
            return Furniture.STRONG;
        }
        boolean strong = false;
        boolean weak = false;
        boolean content = false;
        for (String word : words(e)) {
            strong |= furniture.contains(word);
            weak |= WEAK_FURNITURE.contains(word);
            content |= CONTENT.contains(word);
        }
        if (strong && !content) {
            return Furniture.STRONG;
        }
        return strong || weak ? Furniture.WEAK : Furniture.NONE;
    }

    /** A picture with a line of text under it: a caption, whatever its markup. */
    private static boolean isImageBox(Element e, Stats s) {
        if (s.chars == 0 || s.chars >= 200 || e.nameIs("p")) {
            return false;
        }
        for (Element child : e.children()) {
            if (child.nameIs("img") || child.nameIs("picture")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(Element e) {
        String attrs = e.className() + " " + e.id();
        if (attrs.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : WORD_SPLIT.split(attrs)) {
            // "tagcloud3", "sidebar2": numbered variants of the same word
            String word = TRAILING_DIGITS.matcher(w).replaceFirst("");
            if (!word.isEmpty()) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private static boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && t.text().strip().length() >= 25) {
                return true;
            }
        }
        return false;
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

    /** Sums of an element's subtree. */
    private static final class Stats {
        int chars;
        int linkChars;
        int commas;
        int prose;
        int paragraphs;
        int order;
        boolean isLink;
        Furniture furniture; // worked out once, when first asked

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }
}
