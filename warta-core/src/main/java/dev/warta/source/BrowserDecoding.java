package dev.warta.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes labelled bytes as browsers would, then corrects the labels that lie. The order: a byte
 * order mark; else the charset the container declares (the HTTP Content-Type of a WARC record, the
 * XML declaration of a feed); else, for HTML, a {@code <meta charset>} or {@code <meta
 * http-equiv="Content-Type">} in the first 4 KB. Labels are checked against the bytes, because news
 * archives are full of wrong ones: UTF-8 (or no label) is read leniently, invalid bytes as
 * windows-1252 ({@link LenientUtf8}); ISO-8859-1, ASCII and windows-1252 all mean windows-1252 (as
 * in browsers), unless the bytes are valid UTF-8 with multi-byte sequences, which a real
 * windows-1252 text practically never is.
 */
final class BrowserDecoding {
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private BrowserDecoding() {
    }

    /** True for a UTF-16 byte order mark: such text is full of NUL bytes and still text. */
    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE
                || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF);
    }

    /** @param containerCharset the charset label the container declares, or null */
    static String decode(byte[] b, String containerCharset) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return LenientUtf8.decode(b, 3);
        }
        if (hasUtf16Bom(b)) {
            return new String(b, 2, b.length - 2,
                    (b[0] & 0xff) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        }
        Charset declared = containerCharset != null ? charset(containerCharset, false) : null;
        if (declared == null) {
            declared = metaCharset(b);
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return LenientUtf8.decode(b, 0);
        }
        if (declared.equals(WINDOWS_1252)) {
            return LenientUtf8.isMultiByteUtf8(b) ? new String(b, StandardCharsets.UTF_8) : LenientUtf8.windows1252(b);
        }
        return new String(b, declared);
    }

    private static Charset metaCharset(byte[] b) {
        Matcher m = META_CHARSET.matcher(new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1));
        return m.find() ? charset(m.group(1), true) : null;
    }

    /**
     * The charset a label names, with the browsers' substitutions, or null when Java does not know
     * it (the bytes are then judged as if unlabelled).
     */
    private static Charset charset(String label, boolean inMeta) {
        Charset cs;
        try {
            cs = Charset.forName(label.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
        if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        // A meta tag that could be read as ASCII cannot be in UTF-16: browsers take it as UTF-8.
        if (inMeta && cs.name().startsWith("UTF-16")) {
            return StandardCharsets.UTF_8;
        }
        return cs;
    }
}
