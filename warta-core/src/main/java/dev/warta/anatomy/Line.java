package dev.warta.anatomy;

import java.util.ArrayList;
import java.util.List;

/** A non-blank line of the input, trimmed, with its offsets in the input. */
record Line(int start, int end, String text) {

    static List<Line> split(String input) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= input.length()) {
            int nl = input.indexOf('\n', pos);
            int end = nl < 0 ? input.length() : nl;
            int s = pos;
            int e = end;
            while (s < e && Character.isWhitespace(input.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(input.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Line(s, e, input.substring(s, e)));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    Line from(int offsetInLine) {
        int s = offsetInLine;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return new Line(start + s, end, text.substring(s));
    }
}
