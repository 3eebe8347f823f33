package dev.warta.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file holds, judged from its first (decompressed) bytes when its name does not say: a
 * WARC, an RSS/Atom/RDF feed, an HTML page, JSON Lines, or else plain text.
 */
final class Sniff {
    enum Kind { WARC, FEED, HTML, JSON_LINES, TEXT }

    /** Enough to get past an XML declaration, a stylesheet instruction and a comment or two. */
    static final int HEAD_BYTES = 2048;

    private Sniff() {
    }

    static Kind of(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        if (s.startsWith("WARC/")) {
            return Kind.WARC;
        }
        s = s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
        s = s.stripLeading();
        if (s.startsWith("{")) {
            return Kind.JSON_LINES;
        }
        if (s.regionMatches(true, 0, "<!doctype html", 0, 14)) {
            return Kind.HTML;
        }
        String root = rootElement(s);
        return switch (root.substring(root.indexOf(':') + 1)) {
            case "rss", "feed", "rdf" -> Kind.FEED;
            case "html" -> Kind.HTML;
            default -> Kind.TEXT;
        };
    }

    /** The lower-cased name of the first element, past declarations, comments and white space; "" if none. */
    private static String rootElement(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '<') {
            String end = s.startsWith("<?", i) ? "?>" : s.startsWith("<!--", i) ? "-->" : s.startsWith("<!", i) ? ">"
                    : null;
            if (end == null) {
                int nameEnd = i + 1;
                while (nameEnd < s.length() && isNameChar(s.charAt(nameEnd))) {
                    nameEnd++;
                }
                return s.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
            }
            int close = s.indexOf(end, i);
            if (close < 0) {
                return "";
            }
            i = close + end.length();
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return "";
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }
}
