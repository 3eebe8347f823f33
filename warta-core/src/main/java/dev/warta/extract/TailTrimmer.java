package dev.warta.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops what follows the story in its container: a list of other articles under its heading ("You might
 * also like", "Berita terkait") in the second half of the text, and the short lines after the last
 * sentence (teaser headlines, labels and prices). A closing list of full lines, a closing table (rows of
 * cells, written with tabs between them) and the credit lines stay.
 */
final class TailTrimmer {
    private static final int STUB = 80;
    /** The longest line that is a heading over other articles ("More from The Weekly Planet:"). */
    private static final int HEADING = 60;
    /** The longest first line of a list of other articles: a headline. */
    private static final int TEASER_HEADLINE = 150;
    /** How many words a heading's closing "*" stands for. */
    private static final String MORE_WORDS = "\\S+(?:\\s+\\S+){0,5}";
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…)\"”’]\\s*$");

    private final Pattern creditLine;
    private final Pattern moreArticles;

    TailTrimmer(Pattern creditLine, Pattern moreArticles) {
        this.creditLine = creditLine;
        this.moreArticles = moreArticles;
    }

    /** A line that is one of {@code headings} (see {@link dev.warta.lang.Language#moreArticlesHeadings}). */
    static Pattern headingOf(Set<String> headings) {
        String any = headings.stream().sorted()
                .map(h -> h.endsWith("*") ? words(h.substring(0, h.length() - 1).strip()) + "\\s+" + MORE_WORDS
                        : words(h))
                .collect(Collectors.joining("|"));
        return Pattern.compile("^(?:" + any + ")\\s*:?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String words(String phrase) {
        return Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
    }

    List<String> trim(List<String> blocks) {
        // a heading in the first half is the story's own ("Related research" in a report), not a list after it;
        // and a list starts with a headline, where a label whose link was left out is followed by the story
        for (int i = blocks.size() / 2; i < blocks.size() - 1; i++) {
            String b = blocks.get(i).strip();
            if (b.length() <= HEADING && blocks.get(i + 1).length() <= TEASER_HEADLINE
                    && moreArticles.matcher(b).matches()) {
                blocks = blocks.subList(0, i);
                break;
            }
        }
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
