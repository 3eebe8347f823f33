package dev.warta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * From the best-scored element to the parts that hold the article: a wider ancestor when the article
 * is split over several blocks, and the siblings that read like more of the same article.
 */
final class ContainerChoice {
    private static final int PROSE_LEVELS = 12;
    // an ancestor with this much more prose than the best container holds more of the same article
    private static final double WIDER = 1.7;
    private static final double SIBLING_SHARE = 0.2;
    private static final double SIBLING_FLOOR = 10;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]\\s*$");

    private ContainerChoice() {
    }

    /** The parts of the article, in document order. */
    static List<Element> parts(Element best, Element body, MeasuredPage page, Map<Element, Double> scores) {
        Element widest = widened(best, body, page);
        return withSiblings(widest, page, scores);
    }

    /**
     * Goes up from the best container to any ancestor that holds clearly more prose, and not more other
     * text than prose on top: an article body split over several blocks (page builders nest each
     * paragraph group in its own wrapper), not the page around a short article.
     */
    private static Element widened(Element best, Element body, MeasuredPage page) {
        Element chosen = best;
        Element up = best.parent();
        for (int level = 0; level < PROSE_LEVELS && up != null && page.isVisible(up); level++, up = up.parent()) {
            BlockStats u = page.get(up);
            BlockStats c = page.get(chosen);
            double addedProse = u.prose - c.prose;
            double addedOther = (u.chars - u.prose) - (c.chars - c.prose);
            if (u.prose > WIDER * Math.max(1, c.prose) && addedOther <= addedProse) {
                chosen = up;
            }
            if (up == body) {
                break;
            }
        }
        return chosen;
    }

    /** The best element and those of its siblings that read like more of the same article. */
    private static List<Element> withSiblings(Element best, MeasuredPage page, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(SIBLING_FLOOR, scores.getOrDefault(best, 0.0) * SIBLING_SHARE);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            BlockStats s = page.get(sibling);
            if (sibling == best) {
                parts.add(sibling);
            } else if (s != null && !page.skippable(sibling)
                    && (scores.getOrDefault(sibling, 0.0) >= threshold || readsLikeProse(sibling, s))) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean readsLikeProse(Element e, BlockStats s) {
        if (!e.nameIs("p")) {
            return false;
        }
        double density = s.linkDensity();
        return (s.chars > 80 && density < 0.25) || (s.chars > 0 && density == 0
                && SENTENCE_END.matcher(e.text()).matches());
    }
}
