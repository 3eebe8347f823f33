package dev.warta.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops the second copy of a passage that a page prints twice: the same article in a desktop and a
 * mobile layout, a call-to-action box repeated down the page. Only runs of several blocks in a row
 * count; one line repeated on its own ("Warm up: 10 minutes easy" in each week of a training plan, a
 * row of a comparison table) is the article's.
 */
final class RepeatedRuns {
    private static final int SHORTEST_RUN = 5;
    private static final int LONG_BLOCK = 40;

    private RepeatedRuns() {
    }

    static List<String> dropped(List<String> blocks) {
        boolean[] repeated = new boolean[blocks.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            repeated[i] = !seen.add(blocks.get(i));
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            int end = i;
            boolean long_ = false;
            while (end < blocks.size() && repeated[end]) {
                long_ |= blocks.get(end).length() >= LONG_BLOCK;
                end++;
            }
            if (end - i >= SHORTEST_RUN && long_) {
                i = end;
            } else {
                out.addAll(blocks.subList(i, Math.max(end, i + 1)));
                i = Math.max(end, i + 1);
            }
        }
        return out;
    }
}
