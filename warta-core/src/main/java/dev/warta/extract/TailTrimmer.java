package dev.warta.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the short lines after the last sentence of the article: teaser headlines, labels and prices
 * that follow a story in its container. A closing list of full lines, a closing table (rows of cells, written
 * with tabs between them) and the credit lines stay.
 */
final class TailTrimmer {
    private static final int STUB = 80;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…)\"”’]\\s*$");

    private final Pattern creditLine;

    TailTrimmer(Pattern creditLine) {
        this.creditLine = creditLine;
    }

    List<String> trim(List<String> blocks) {
        int end = blocks.size();
        while (end > 0 && isStub(blocks.get(end - 1))) {
            end--;
        }
        return end == 0 ? blocks : blocks.subList(0, end);
    }

    private boolean isStub(String block) {
        if (creditLine.matcher(block).find() || block.length() >= STUB || block.indexOf('\t') >= 0) {
            return false;
        }
        // a closing "Tags:" or "Share this:" introduces nothing that follows
        return block.endsWith(":") || !SENTENCE_END.matcher(block).find();
    }
}
