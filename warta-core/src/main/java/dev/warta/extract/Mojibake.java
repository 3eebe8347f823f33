package dev.warta.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 read as Latin-1 and saved again: "youâ\u0080\u0099re" for "you’re",
 * "Â\u00a0" for a no-break space. In text that carries C1 control characters (U+0080 to U+009F), which no
 * writer types, each run of Latin-1 letters that reads as UTF-8 is decoded. Elsewhere only "Â" right before a
 * no-break space or a Latin-1 symbol ("Â®", "Â°") is: that pair is one symbol's two bytes, and no word has it.
 */
final class Mojibake {
    private static final Pattern LEAD_BEFORE_SYMBOL = Pattern.compile("\u00c2([\u00a0-\u00bf])");

    private Mojibake() {
    }

    static String repaired(String text) {
        if (text == null) {
            return null;
        }
        return symbolsRepaired(hasControlC1(text) ? decodedRuns(text) : text);
    }

    /**
     * {@code text} with "Â" before a no-break space or a Latin-1 symbol dropped. For a text node's raw text:
     * once spaces are normalized, "Â\u00a0" reads "Â " and no longer tells itself from a word.
     */
    static String symbolsRepaired(String text) {
        return text.indexOf('\u00c2') < 0 ? text : LEAD_BEFORE_SYMBOL.matcher(text).replaceAll("$1");
    }

    private static String decodedRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0xc2 || c > 0xf4) {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && text.charAt(end) >= 0x80 && text.charAt(end) <= 0xbf) {
                end++;
            }
            String decoded = end - i >= 2 ? asUtf8(text, i, end) : null;
            out.append(decoded != null ? decoded : text.substring(i, end));
            i = end;
        }
        return out.toString();
    }

    private static boolean hasControlC1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9f) {
                return true;
            }
        }
        return false;
    }

    /** The chars from {@code start} to {@code end} taken as bytes and read as UTF-8; null when they are not. */
    private static String asUtf8(String text, int start, int end) {
        byte[] bytes = new byte[end - start];
        for (int k = start; k < end; k++) {
            bytes[k - start] = (byte) text.charAt(k);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
