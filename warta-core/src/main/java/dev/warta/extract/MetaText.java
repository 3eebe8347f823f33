package dev.warta.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Small text helpers for page metadata: whitespace, length caps, comparison keys. */
final class MetaText {
    /** Longest attribute or text value looked at; pages sometimes carry megabytes in one attribute. */
    static final int MAX_VALUE = 4000;
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]+");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MetaText() {
    }

    /** Whitespace collapsed and trimmed, capped at {@link #MAX_VALUE}; null for null or blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() > MAX_VALUE * 4) {
            s = s.substring(0, MAX_VALUE * 4);
        }
        String t = (isCollapsed(s) ? s : SPACE.matcher(s).replaceAll(" ")).strip();
        if (t.length() > MAX_VALUE) {
            t = t.substring(0, MAX_VALUE).strip();
        }
        return t.isEmpty() ? null : t;
    }

    /** No run of spaces and no other space character: most texts, which then need no regular expression. */
    private static boolean isCollapsed(String s) {
        char previous = 'x';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? previous == ' ' : c <= ' ' || c == '\u00a0' || c >= '\u2000' && c <= '\u200b'
                    || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Whether {@code text} holds one of {@code parts}, by the JDK's fast substring search. */
    static boolean containsAny(String text, List<String> parts) {
        for (String p : parts) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** A comparison key: lower case letters and digits only ("Kompas.com" and "KOMPAS com" agree). */
    static String key(String s) {
        return s == null ? "" : NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Entities left in a value that was escaped twice ("Python, SQL &amp;#x26; AI", "Tom&#8217;s"). */
    static String unescape(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        return ENTITY.matcher(s).find() ? clean(Parser.unescapeEntities(s, false)) : s;
    }

    static int words(String s) {
        String t = clean(s);
        return t == null ? 0 : t.split(" ").length;
    }
}
