package dev.warta.segment;

import dev.warta.model.Token;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the quotations of a paragraph that run on into their attribution ("Kami siap. Semua sudah
 * disiapkan," ujar Budi): the closing mark is followed by a comma or a lower-case word. No sentence
 * ends inside them, so the quoted words stay in one sentence with the speech verb that attributes them.
 * A quotation that is never closed in the paragraph protects nothing, so a stray mark cannot swallow it.
 */
final class Quotations {
    private Quotations() {
    }

    /** For each token, whether it lies inside an attributed quotation. */
    static boolean[] attributed(String text, List<Token> tokens) {
        boolean[] inside = new boolean[tokens.size()];
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (opens(text, t)) {
                open = i;
            } else if (open >= 0 && closes(text, t)) {
                if (runsOn(text, tokens, i)) {
                    Arrays.fill(inside, open + 1, i, true);
                }
                open = -1;
            }
        }
        return inside;
    }

    /** Curly marks say which way they face; a straight one opens after a space and before a word. */
    private static boolean opens(String text, Token t) {
        String mark = t.span().of(text);
        if (mark.equals("“") || mark.equals("«")) {
            return true;
        }
        int before = t.span().start() - 1;
        int after = t.span().end();
        return mark.equals("\"") && (before < 0 || Character.isWhitespace(text.charAt(before))
                || "([".indexOf(text.charAt(before)) >= 0)
                && after < text.length() && !Character.isWhitespace(text.charAt(after));
    }

    private static boolean closes(String text, Token t) {
        String mark = t.span().of(text);
        return mark.equals("”") || mark.equals("»") || mark.equals("\"");
    }

    private static boolean runsOn(String text, List<Token> tokens, int closer) {
        if (closer + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(closer + 1).span().of(text);
        return next.equals(",") || Character.isLowerCase(next.codePointAt(0));
    }
}
