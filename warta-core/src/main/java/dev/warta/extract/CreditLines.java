package dev.warta.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Credit lines ("Editor: X", "(rca)") that pages often print outside the body's container, in a byline
 * box or after the article, and that the article record needs.
 */
final class CreditLines {
    private static final Set<String> INLINE_TAGS = Set.of("span", "strong", "b", "em", "i", "a", "small", "label",
            "font", "u");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Pattern creditLine;

    CreditLines(Pattern creditLine) {
        this.creditLine = creditLine;
    }

    /** The credit lines after the start of the content that the content left out, in document order. */
    List<String> outside(List<Element> parts, MeasuredPage page) {
        int start = page.get(parts.getFirst()).order;
        List<String> out = new ArrayList<>();
        for (Element candidate : page.creditCandidates()) {
            Element line = candidate;
            while (INLINE_TAGS.contains(line.normalName()) && line.parent() != null) {
                line = line.parent();
            }
            BlockStats s = page.get(line);
            if (s == null || s.order <= start || s.chars > TreeMeasure.CREDIT_LINE) {
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
        return lines.stream().map(l -> SPACES.matcher(l).replaceAll(" ").strip()).filter(l -> !l.isEmpty()).toList();
    }
}
