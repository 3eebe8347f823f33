package dev.warta.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns bytes into text, refusing what is not text: empty, binary, or not in its stated encoding. */
final class Decoding {
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private Decoding() {
    }

    /** Thrown with a one-line reason when bytes are not acceptable text. */
    static final class NotTextException extends Exception {
        NotTextException(String reason) {
            super(reason);
        }
    }

    static String text(byte[] bytes) throws NotTextException {
        requireText(bytes);
        return utf8(bytes);
    }

    /** HTML: UTF-8 unless a meta tag declares another charset. */
    static String html(byte[] bytes) throws NotTextException {
        requireText(bytes);
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset declared = charset(m.group(1));
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return decode(bytes, declared);
            }
        }
        return utf8(bytes);
    }

    static void requireText(byte[] bytes) throws NotTextException {
        if (bytes.length == 0 || isBlankAscii(bytes)) {
            throw new NotTextException("empty input");
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new NotTextException("binary content (NUL byte at " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control * 20 > sample) {
            throw new NotTextException("binary content (" + control + " control bytes in the first " + sample
                    + "), not text");
        }
    }

    private static boolean isBlankAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] bytes) throws NotTextException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return d.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new NotTextException("invalid UTF-8 at byte " + firstBadByte(bytes, offset));
        }
    }

    private static int firstBadByte(byte[] bytes, int offset) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return in.position();
    }

    private static String decode(byte[] bytes, Charset cs) throws NotTextException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotTextException("invalid " + cs.name() + " text");
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
