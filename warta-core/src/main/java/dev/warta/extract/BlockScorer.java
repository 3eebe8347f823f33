package dev.warta.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability-style scoring, as readers have long done it: each paragraph outside furniture gives
 * points for its length and commas to its parent and grandparents; the tag, the class words and
 * {@code itemprop=articleBody} set where a container starts, and its link density discounts it.
 */
final class BlockScorer {
    private static final int SHORTEST_PARAGRAPH = 25;
    private static final int LEVELS = 3;

    private BlockScorer() {
    }

    /** The score of every element that some paragraph gave points to. */
    static Map<Element, Double> score(Element body, MeasuredPage page, Deadline deadline) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.tick();
                if (!(node instanceof Element e) || !page.isVisible(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e != body && page.skippable(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                BlockStats s = page.get(e);
                if (TreeMeasure.isParagraph(e) && s.chars >= SHORTEST_PARAGRAPH) {
                    addPoints(e, s, page, scores);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        scores.replaceAll((e, score) -> score * (1 - page.get(e).linkDensity()));
        return scores;
    }

    /** The element with the highest score; the body when none scored but it holds text; else null. */
    static Element best(Element body, MeasuredPage page, Map<Element, Double> scores) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                bestScore = entry.getValue();
                best = entry.getKey();
            }
        }
        return best == null && page.isVisible(body) && page.get(body).chars > 0 ? body : best;
    }

    private static void addPoints(Element e, BlockStats s, MeasuredPage page, Map<Element, Double> scores) {
        double points = 1 + s.commas + Math.min(3, s.chars / 100.0);
        Element up = e.parent();
        for (int level = 0; level < LEVELS && up != null && page.isVisible(up); level++, up = up.parent()) {
            double base = scores.computeIfAbsent(up, x -> initialScore(x, page.furniture()));
            scores.put(up, base + points / (level == 0 ? 1 : level * 2));
        }
    }

    private static double initialScore(Element e, Furniture furniture) {
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
        return score + furniture.wordWeight(e);
    }
}
