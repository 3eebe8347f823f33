package dev.warta.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text, refusing what is not text: empty, binary, or (for plain text) not UTF-8.
 * Plain text stays strict because it has no label to be wrong about; HTML is decoded the way
 * browsers do, with the wrong labels corrected ({@link BrowserDecoding}).
 */
final class Decoding {
    private Decoding() {
    }

    static String text(byte[] bytes) throws Unreadable {
        requireText(bytes);
        return utf8(bytes);
    }

    /** @param containerCharset the charset the container declares (an HTTP header), or null */
    static String html(byte[] bytes, String containerCharset) throws Unreadable {
        if (!BrowserDecoding.hasUtf16Bom(bytes)) {
            requireText(bytes);
        }
        String html = BrowserDecoding.decode(bytes, containerCharset);
        if (html.isBlank()) {
            throw new Unreadable("empty input");
        }
        return html;
    }

    static void requireText(byte[] bytes) throws Unreadable {
        if (isBlank(bytes)) {
            throw new Unreadable("empty input");
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new Unreadable("binary content (NUL byte at " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control * 20 > sample) {
            throw new Unreadable("binary content (" + control + " control bytes in the first " + sample
                    + "), not text");
        }
    }

    /** True for no bytes or only ASCII white space. */
    static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] bytes) throws Unreadable {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return d.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("invalid UTF-8 at byte " + firstBadByte(bytes, offset));
        }
    }

    private static int firstBadByte(byte[] bytes, int offset) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return in.position();
    }
}
