package dev.warta.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
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
    private final boolean sidesIncluded;

    /** Furniture by {@link Furniture#around}. */
    PageFurniture(Deadline deadline) {
        this(deadline, false);
    }

    private PageFurniture(Deadline deadline, boolean sidesIncluded) {
        this.deadline = deadline;
        this.sidesIncluded = sidesIncluded;
    }

    /** Furniture by {@link Furniture#aroundBesideTheSides}: sidebars count as the page's own. */
    static PageFurniture withSides(Deadline deadline) {
        return new PageFurniture(deadline, true);
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
                    && (sidesIncluded ? Furniture.aroundBesideTheSides(x, article) : Furniture.around(x, article));
            article |= x.tagName().equals("article");
            furniture.put(x, inside);
            inArticle.put(x, article);
        }
        return inside;
    }
}
