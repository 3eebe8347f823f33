package dev.warta.extract;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * One page after {@link TreeMeasure}: the stats of its visible elements, the elements that may hold a
 * credit line, and which elements the main content leaves out.
 */
final class MeasuredPage {
    private static final double MOSTLY = 0.5;
    private static final int CAPTION = 200;

    private final Map<Element, BlockStats> stats;
    private final List<Element> creditCandidates;
    private final Furniture furniture;
    private final int prose;

    MeasuredPage(Element body, Map<Element, BlockStats> stats, List<Element> creditCandidates, Furniture furniture) {
        this.stats = stats;
        this.creditCandidates = creditCandidates;
        this.furniture = furniture;
        this.prose = stats.get(body).prose;
    }

    /** The stats of a visible element; null for one inside a script, a form control or the like. */
    BlockStats get(Element e) {
        return stats.get(e);
    }

    boolean isVisible(Element e) {
        return stats.containsKey(e);
    }

    /** Elements with a text node that starts like a credit line, in document order. */
    List<Element> creditCandidates() {
        return creditCandidates;
    }

    Furniture furniture() {
        return furniture;
    }

    /**
     * Furniture by tag, class, role or hiding, unless it holds most of the page's prose (a page wrapped
     * in one form, a theme that calls its content column "sidebar-layout"); weak furniture words only
     * where the element is mostly not prose.
     */
    boolean skippable(Element e) {
        BlockStats s = stats.get(e);
        if (s.prose >= MOSTLY * Math.max(1, prose)) {
            return false;
        }
        if (s.furniture == null) {
            s.furniture = furniture.mark(e);
        }
        if (Furniture.isFurnitureTag(e) || Furniture.isHidden(e) || isImageBox(e, s)) {
            return true;
        }
        Furniture.Mark f = s.furniture;
        return f == Furniture.Mark.STRONG || (f == Furniture.Mark.WEAK && s.prose < MOSTLY * s.chars);
    }

    /** A picture with a line of text under it: a caption, whatever its markup. */
    private static boolean isImageBox(Element e, BlockStats s) {
        if (s.chars == 0 || s.chars >= CAPTION || e.nameIs("p")) {
            return false;
        }
        for (Element child : e.children()) {
            if (child.nameIs("img") || child.nameIs("picture")) {
                return true;
            }
        }
        return false;
    }
}
