package dev.warta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of a page and writes it as text, one block (paragraph, heading, list item,
 * quote, table row) per line. Every element is measured once ({@link TreeMeasure}) and scored by the
 * text its paragraphs hold ({@link BlockScorer}); the best container, widened to the article and with
 * the siblings that read like it ({@link ContainerChoice}), is written out ({@link BlockWriter}) without
 * furniture ({@link Furniture}), the short lines that trail the story ({@link TailTrimmer}), and with
 * the credit lines printed outside it ({@link CreditLines}). All passes are iterative, so deeply
 * nested pages cannot overflow the stack.
 */
final class MainContent {
    private final Furniture furniture;
    private final Pattern creditLine;
    private final TailTrimmer tail;
    private final CreditLines credits;

    /**
     * @param languageFurniture class and id words of the languages' sites
     * @param creditLine a line crediting the article ("Editor: X", "(rca)"), which pages often print
     *                   outside the body's container and which the article record needs
     * @param moreArticles the heading over a list of other articles after the story ("You might also like")
     */
    MainContent(Set<String> languageFurniture, Pattern creditLine, Pattern moreArticles) {
        this.furniture = new Furniture(languageFurniture);
        this.creditLine = creditLine;
        this.tail = new TailTrimmer(creditLine, moreArticles);
        this.credits = new CreditLines(creditLine);
    }

    /** The main text of the page under {@code body}, one block per line; empty when there is none. */
    String extract(Element body, Deadline deadline) {
        MeasuredPage page = TreeMeasure.measure(body, furniture, creditLine, deadline);
        Map<Element, Double> scores = BlockScorer.score(body, page, deadline);
        Element best = BlockScorer.best(body, page, scores);
        if (best == null) {
            return "";
        }
        List<Element> parts = ContainerChoice.parts(best, body, page, scores);
        List<String> blocks = new ArrayList<>();
        for (Element part : parts) {
            blocks.addAll(BlockWriter.blocks(part, page, deadline));
        }
        List<String> kept = new ArrayList<>(tail.trim(RepeatedRuns.dropped(blocks)));
        for (String credit : credits.outside(parts, page)) {
            if (!kept.contains(credit)) {
                kept.add(credit);
            }
        }
        return String.join("\n", kept).strip();
    }
}
