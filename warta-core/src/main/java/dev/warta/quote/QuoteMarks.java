package dev.warta.quote;

import dev.warta.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Stretches of text inside quotation marks, one paragraph at a time: curly and guillemet pairs, and
 * straight double quotes paired in order. A mark left open at the end of a paragraph closes there,
 * as a quote running over paragraphs reopens on the next one by the press convention.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** Content spans (without the marks) of every quotation in {@code text}. */
    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0 && i - open > 1) {
                    out.add(new Span(open, i));
                }
                open = -1;
            } else if (open < 0 && opens(c)) {
                open = i + 1;
                closer = closerOf(c);
            } else if (open >= 0 && (c == closer || (closer == '”' && c == '"'))) {
                int end = trimmed(text, open, i);
                if (end > open) {
                    out.add(new Span(open, end));
                }
                open = -1;
            }
        }
        if (open >= 0 && text.length() - open > 1) {
            out.add(new Span(open, text.length()));
        }
        return out;
    }

    /** The end of a quotation without the comma and spaces before its closing mark ("...," kata X). */
    private static int trimmed(String text, int start, int end) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == ',' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        return e;
    }

    private static boolean opens(char c) {
        return c == '"' || c == '“' || c == '«' || c == '„';
    }

    private static char closerOf(char c) {
        return switch (c) {
            case '“', '„' -> '”';
            case '«' -> '»';
            default -> '"';
        };
    }

    static boolean inside(List<Span> marks, int offset) {
        for (Span s : marks) {
            if (s.start() <= offset && offset < s.end()) {
                return true;
            }
            if (s.start() > offset) {
                return false;
            }
        }
        return false;
    }
}
