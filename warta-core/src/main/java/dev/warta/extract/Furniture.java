package dev.warta.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What page furniture looks like: navigation, footers, sidebars, share bars, comments, related and
 * popular lists, ads, banners. The rules of both readers live here. The main content weighs an
 * element's own tag, role and class words against the prose it holds ({@link #mark}); the metadata
 * readers ask whether an element sits inside furniture at all ({@link #around}), since a byline or a
 * date there belongs to another article.
 */
final class Furniture {
    /** How strongly an element's role and class words mark it as furniture. */
    enum Mark { NONE, WEAK, STRONG }

    // furniture by its tag, unless it holds most of the text (a page wrapped in one <form> or a stray <aside>)
    private static final Set<String> TAGS = Set.of("nav", "aside", "footer", "figure", "figcaption",
            "dialog", "menu", "form", "label");
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "footer", "sidebar",
            "related", "share", "sharing", "social", "comment", "comments", "cookie", "cookies", "consent", "gdpr",
            "banner", "ad", "ads", "advert", "advertisement", "adsbygoogle", "sponsor", "sponsored", "promo",
            "newsletter", "subscribe", "subscription", "signup", "breadcrumb", "breadcrumbs", "pagination", "pager",
            "popup", "modal", "overlay", "recommended", "recommendation", "recommendations", "trending", "popular",
            "outbrain", "taboola", "disqus", "print", "toolbar", "masthead", "cta", "rating", "reactions",
            "login", "search", "tagcloud", "follow", "donate", "discussion", "reply", "respond", "copyright",
            "caption", "bio", "biography", "disclaimer", "paywall", "pricing", "upsell",
            "promotion", "promotions", "sharebar");
    // words that also name content wrappers ("elementor-widget-container", "entry-meta-body", a "skip-item"
    // section that a table of contents jumps to): furniture only where the element holds little prose
    private static final Set<String> WEAK_WORDS = Set.of("widget", "widgets", "author", "byline", "meta", "tags",
            "category", "categories", "hidden", "toc", "skip");
    private static final Set<String> CONTENT_WORDS = Set.of("article", "content", "entry", "post", "body", "story",
            "text", "main", "blog", "news", "detail", "articlebody", "prose", "richtext");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern STREAMED = Pattern.compile("S:[0-9a-z]+");
    /** Class fragments of lists and blocks that hold other articles' bylines and dates. */
    private static final String OTHER_ARTICLE_WORDS = "comment|related|terkait|footer|popular|populer|trending|"
            + "terpopuler|recommend|rekomendasi|next-post|prev(?!ent|iew)|newsletter";
    /** Class fragments that put an element around the article's facts out of the article, for metadata. */
    private static final Pattern AROUND = classWords(OTHER_ARTICLE_WORDS + "|sidebar|share(?!d)");
    /** The same, less the page's side columns. */
    private static final Pattern OTHER_ARTICLES = classWords(OTHER_ARTICLE_WORDS + "|share(?!d)");
    /** The same, less share bars. */
    private static final Pattern BESIDE_SHARE_BARS = classWords(OTHER_ARTICLE_WORDS + "|sidebar");
    /**
     * Class tokens that describe the page layout, not the element: "page-node-type-newsletter",
     * "c-layout-sidebar-left", "has-sidebar", and utility classes such as "md:[grid-area:sidebar]".
     */
    private static final Pattern LAYOUT_TOKEN = Pattern.compile("(?i)layout|[:\\[]|^has-|^with-|^no-|^page|^path-"
            + "|^node-|^template|^single|^l-|^col");

    private final Set<String> words = new HashSet<>(WORDS);

    /** @param languageWords class and id words of the languages' sites */
    Furniture(Set<String> languageWords) {
        words.addAll(languageWords);
    }

    /**
     * Strong: a furniture role or word ("share-box", "comments"). Weak: a word that also names content
     * wrappers ("widget", "meta"), or a furniture word beside a content word ("sidebar-content",
     * "content-nav-section"), which themes use for the article column itself.
     */
    Mark mark(Element e) {
        if (ROLES.contains(e.attr("role"))) {
            return Mark.STRONG;
        }
        boolean strong = false;
        boolean weak = false;
        boolean content = false;
        for (String word : words(e)) {
            strong |= words.contains(word);
            weak |= WEAK_WORDS.contains(word);
            content |= CONTENT_WORDS.contains(word);
        }
        if (strong && !content) {
            return Mark.STRONG;
        }
        return strong || weak ? Mark.WEAK : Mark.NONE;
    }

    /** The class words as evidence for the content: -25 a furniture word, +25 a content word, within ±50. */
    double wordWeight(Element e) {
        double w = 0;
        for (String word : words(e)) {
            if (words.contains(word)) {
                w -= 25;
            } else if (CONTENT_WORDS.contains(word)) {
                w += 25;
            }
        }
        return Math.max(-50, Math.min(50, w));
    }

    /**
     * A tag that is furniture whatever its class: nav, aside, footer, figure, form... A figure that holds a
     * table or a quotation is the article's (editors such as WordPress wrap every table and pull quote in
     * one), not a picture; an embedded social post stays out.
     */
    static boolean isFurnitureTag(Element e) {
        return TAGS.contains(e.normalName()) && !isFigureOfText(e);
    }

    private static boolean isFigureOfText(Element e) {
        return e.nameIs("figure") && !e.className().toLowerCase(Locale.ROOT).contains("embed")
                && e.selectFirst("table, blockquote") != null;
    }

    static boolean isHidden(Element e) {
        if (isCollapsedPanel(e)) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return !isStreamedContent(e);
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /**
     * The panel of an accordion or a tab that a reader opens with its header (the WAI-ARIA pattern: a
     * region or tab panel labelled by its button): hidden until a click, but the article's own text
     * (the steps of a guide, the answers of its FAQ).
     */
    private static boolean isCollapsedPanel(Element e) {
        String role = e.attr("role");
        return (role.equals("region") || role.equals("tabpanel")) && e.hasAttr("aria-labelledby");
    }

    /**
     * A part of the page that a streaming server sent after its placeholder ("Loading..."): React puts
     * it in a hidden {@code <div id="S:0">} at the end of the body, and the page's script moves it into
     * place, so a reader sees it.
     */
    private static boolean isStreamedContent(Element e) {
        return STREAMED.matcher(e.id()).matches();
    }

    /**
     * Whether {@code e} itself starts furniture for the metadata readers: a nav, an aside or footer
     * outside an article (inside one, it holds the article's own byline and dates), or a class or id
     * of comments, related or popular lists, sidebars, share bars.
     */
    static boolean around(Element e, boolean inArticle) {
        String tag = e.tagName();
        if (tag.equals("body") || tag.equals("html")) {
            return false;
        }
        return tag.equals("nav") || (tag.equals("aside") || tag.equals("footer")) && !inArticle
                || byClass(e, AROUND);
    }

    /**
     * {@link #around}, less the page's side columns: a byline there (an author card beside the article)
     * is the article's when the article names no one else.
     */
    static boolean aroundBesideTheSides(Element e, boolean inArticle) {
        return e.nameIs("nav") || e.nameIs("footer") && !inArticle || byClass(e, OTHER_ARTICLES);
    }

    /**
     * {@link #around}, less share bars: a credit line there ("By: X" in a row with the share buttons) is
     * the article's own, as share bars hold no other article.
     */
    static boolean aroundBesideShareBars(Element e, boolean inArticle) {
        return e.nameIs("nav") || (e.nameIs("aside") || e.nameIs("footer")) && !inArticle
                || byClass(e, BESIDE_SHARE_BARS);
    }

    private static Pattern classWords(String alternatives) {
        return Pattern.compile("(?i)(?<![a-z])(?:" + alternatives + ")");
    }

    private static boolean byClass(Element e, Pattern words) {
        String marks = e.className() + " " + e.id();
        if (marks.isBlank() || !words.matcher(marks).find()) {
            return false; // no token can match where the whole does not: most elements, in one test
        }
        for (String token : SPACES.split(marks)) {
            if (!token.isEmpty() && !LAYOUT_TOKEN.matcher(token).find() && words.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Class and id words, lower case: "shareBox2 post-footer" gives share, box, post, footer. Words end at
     * anything but a letter or digit and where a capital follows a small letter; trailing digits go
     * ("tagcloud3", "sidebar2": numbered variants of the same word).
     */
    private static List<String> words(Element e) {
        String attrs = e.className() + " " + e.id();
        List<String> out = new ArrayList<>();
        int start = 0;
        int previous = ' ';
        for (int i = 0; i < attrs.length(); ) {
            int c = attrs.codePointAt(i);
            boolean inWord = Character.isLetter(c) || isNumber(c);
            boolean camel = Character.getType(previous) == Character.LOWERCASE_LETTER
                    && Character.getType(c) == Character.UPPERCASE_LETTER;
            if (!inWord || camel) {
                addWord(attrs, start, i, out);
                start = inWord ? i : i + Character.charCount(c);
            }
            previous = c;
            i += Character.charCount(c);
        }
        addWord(attrs, start, attrs.length(), out);
        return out;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static void addWord(String s, int start, int end, List<String> out) {
        while (end > start && s.charAt(end - 1) >= '0' && s.charAt(end - 1) <= '9') {
            end--;
        }
        if (end > start) {
            out.add(s.substring(start, end).toLowerCase(Locale.ROOT));
        }
    }
}
