package dev.warta.segment;

import dev.warta.lang.Language;
import dev.warta.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens: URLs, e-mail addresses and web domains whole; numbers with their
 * Indonesian or English separators ("1.000,5", "4,75", "27/12/2025") whole; "Rp" apart from its
 * amount; words with inner hyphens and apostrophes ("disebut-sebut", "Jum'at") whole; abbreviations
 * of the language ("Dr.", "S.H.", "dll.") and initials ("H.") with their period; every other
 * symbol alone.
 */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "(?<url>https?://[^\\s<>\"”]+[^\\s<>\"”.,;:!?)\\]])",
            "(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)",
            "(?<domain>[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|co|id|net|org|go\\.id|ac\\.id|or\\.id)"
                    + "(?:\\.[a-z]{2})?(?![\\p{L}\\p{N}]))",
            "(?<dotted>(?:\\p{L}{1,3}\\.){2,}(?!\\p{L}))",
            "(?<currency>Rp(?=\\s?\\d)|US\\$|\\$|€|£)",
            "(?<number>\\d+(?:[.,:/]\\d+)*%?)",
            "(?<word>[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*)",
            "(?<other>\\S)"));

    /**
     * Plain words and numbers, most of any text, are scanned by hand; the pattern is tried only where
     * a token may be more (a URL, an address, a domain, "S.H.", an amount, "16.610"), which is several
     * times faster than trying every alternative at every token and gives the same tokens.
     */
    List<Token> tokenize(String text, int from, int to, Language language) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = plain(text, i, to);
            boolean word = end > i && Character.isLetter(c);
            if (end < 0) {
                m.region(i, to).lookingAt();
                end = m.end();
                word = m.group("word") != null;
            }
            if (word && end < to && text.charAt(end) == '.' && takesPeriod(text.substring(i, end), language)) {
                end++;
            }
            tokens.add(new Token(i, end));
            i = end;
        }
        return tokens;
    }

    /** The end of a plain word, number or symbol at {@code i}, or -1 when the pattern must decide. */
    private static int plain(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
            int j = wordEnd(text, i, to);
            String w = text.substring(i, j);
            boolean special = w.equals("Rp") || w.equals("US") || w.startsWith("http");
            return special || (j < to && ".@_+$:".indexOf(text.charAt(j)) >= 0) ? -1 : j;
        }
        if (Character.isDigit(c)) {
            int j = i;
            while (j < to && Character.isDigit(text.charAt(j))) {
                j++;
            }
            return j < to && (".,:/%@_".indexOf(text.charAt(j)) >= 0 || Character.isLetter(text.charAt(j))) ? -1 : j;
        }
        return "$€£.+-_".indexOf(c) >= 0 || Character.isHighSurrogate(c) ? -1 : i + 1;
    }

    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (true) {
            while (j < to && isWordChar(text.charAt(j))) {
                j++;
            }
            boolean joiner = j + 1 < to && "-'’".indexOf(text.charAt(j)) >= 0 && isWordChar(text.charAt(j + 1));
            if (!joiner) {
                return j;
            }
            j++;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK;
    }

    private static boolean takesPeriod(String word, Language language) {
        return language.abbreviations().contains(word) || language.terminalAbbreviations().contains(word)
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }
}
