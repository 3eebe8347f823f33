package dev.warta.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which elements of one page sit in page furniture: navigation, comments, related and popular lists,
 * sidebars, share bars, footers. Answers are cached per element, so asking for every element of a
 * page costs one walk of the tree.
 */
final class MetaFurniture {
    private static final Pattern NOT_CONTENT = Pattern.compile(
            "(?i)(?<![a-z])(?:comment|related|terkait|sidebar|footer|popular|populer|trending|terpopuler|"
                    + "recommend|rekomendasi|next-post|prev(?!ent|iew)|share(?!d)|newsletter)");
    /**
     * Class tokens that describe the page layout, not the element: "page-node-type-newsletter",
     * "c-layout-sidebar-left", "has-sidebar", and utility classes such as "md:[grid-area:sidebar]".
     */
    private static final Pattern LAYOUT_TOKEN = Pattern.compile("(?i)layout|[:\\[]|^has-|^with-|^no-|^page|^path-"
            + "|^node-|^template|^single|^l-|^col");

    private final Map<Element, Boolean> furniture = new IdentityHashMap<>();
    private final Map<Element, Boolean> inArticle = new IdentityHashMap<>();
    private final Deadline deadline;

    MetaFurniture(Deadline deadline) {
        this.deadline = deadline;
    }

    /**
     * Whether {@code e} is furniture. An {@code aside} or {@code footer} inside an {@code article} holds
     * the article's own facts (its byline, its dates) and does not count.
     */
    boolean contains(Element e) {
        Deque<Element> path = new ArrayDeque<>();
        Element p = e;
        while (p != null && !furniture.containsKey(p) && path.size() < 500) {
            deadline.tick();
            path.push(p);
            p = p.parent();
        }
        boolean inside = p != null && furniture.get(p);
        boolean article = p != null && inArticle.get(p);
        while (!path.isEmpty()) {
            Element x = path.pop();
            String tag = x.tagName();
            if (!inside && !tag.equals("body") && !tag.equals("html")) {
                inside = tag.equals("nav") || (tag.equals("aside") || tag.equals("footer")) && !article || marked(x);
            }
            article |= tag.equals("article");
            furniture.put(x, inside);
            inArticle.put(x, article);
        }
        return inside;
    }

    private static boolean marked(Element x) {
        String marks = x.className() + " " + x.id();
        if (marks.isBlank()) {
            return false;
        }
        for (String token : marks.split("\\s+")) {
            if (!token.isEmpty() && !LAYOUT_TOKEN.matcher(token).find() && NOT_CONTENT.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }
}
