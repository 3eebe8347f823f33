package dev.warta.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import org.jsoup.nodes.Element;

/**
 * Which elements of one page sit inside furniture. Answers are cached per
 * element, so asking for every element of a page costs one walk of the tree.
 */
final class PageFurniture {
    private static final int DEEPEST = 500;

    private final Map<Element, Boolean> furniture = new IdentityHashMap<>();
    private final Map<Element, Boolean> inArticle = new IdentityHashMap<>();
    private final Deadline deadline;
    /** Whether an element starts furniture, given whether it sits in an article. */
    private final BiPredicate<Element, Boolean> starts;

    /** Furniture by {@link Furniture#around}. */
    PageFurniture(Deadline deadline) {
        this(deadline, Furniture::around);
    }

    private PageFurniture(Deadline deadline, BiPredicate<Element, Boolean> starts) {
        this.deadline = deadline;
        this.starts = starts;
    }

    /** Furniture by {@link Furniture#aroundBesideTheSides}: sidebars count as the page's own. */
    static PageFurniture withSides(Deadline deadline) {
        return new PageFurniture(deadline, Furniture::aroundBesideTheSides);
    }

    /** Furniture by {@link Furniture#aroundBesideShareBars}: share bars count as the page's own. */
    static PageFurniture withShareBars(Deadline deadline) {
        return new PageFurniture(deadline, Furniture::aroundBesideShareBars);
    }

    /** Whether {@code e} or one of its ancestors is furniture. */
    boolean contains(Element e) {
        Deque<Element> path = new ArrayDeque<>();
        Element p = e;
        while (p != null && !furniture.containsKey(p) && path.size() < DEEPEST) {
            deadline.tick();
            path.push(p);
            p = p.parent();
        }
        boolean inside = p != null && furniture.get(p);
        boolean article = p != null && inArticle.get(p);
        while (!path.isEmpty()) {
            Element x = path.pop();
            inside = inside || !x.nameIs("body") && !x.nameIs("html")
                    && starts.test(x, article);
            article |= x.tagName().equals("article");
            furniture.put(x, inside);
            inArticle.put(x, article);
        }
        return inside;
    }
}
