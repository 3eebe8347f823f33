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

    List<Token> tokenize(String text, int from, int to, Language language) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            int end = m.end();
            if (m.group("word") != null && end < to && text.charAt(end) == '.' && takesPeriod(m.group(), language)) {
                end++;
            }
            tokens.add(new Token(m.start(), end));
            if (end != m.end()) {
                m.region(end, to);
            }
        }
        return tokens;
    }

    private static boolean takesPeriod(String word, Language language) {
        return language.abbreviations().contains(word) || language.terminalAbbreviations().contains(word)
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }
}
