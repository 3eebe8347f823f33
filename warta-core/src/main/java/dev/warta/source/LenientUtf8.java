package dev.warta.source;

/**
 * Decodes bytes that should be UTF-8 but may not be: every valid UTF-8 sequence is read as UTF-8
 * and every other byte as windows-1252. Pages that say UTF-8 but hold windows-1252 (old CMS
 * exports, pasted articles) then come out right, and so does the mix of both that templates in
 * UTF-8 around a windows-1252 body produce; valid UTF-8 comes out exactly as a strict decoder
 * gives it.
 */
final class LenientUtf8 {
    /** windows-1252 bytes 0x80-0x9F as WHATWG maps them (the five unassigned bytes to C1 controls). */
    private static final String WINDOWS_1252_80_9F = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021"
            + "\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014"
            + "\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private LenientUtf8() {
    }

    static String decode(byte[] bytes, int from) {
        StringBuilder out = new StringBuilder(bytes.length - from);
        int i = from;
        while (i < bytes.length) {
            int n = sequenceLength(bytes, i);
            if (n == 0) {
                out.append(windows1252(bytes[i]));
                i++;
            } else {
                out.appendCodePoint(codePoint(bytes, i, n));
                i += n;
            }
        }
        return out.toString();
    }

    /** All bytes as windows-1252, which browsers also use for ISO-8859-1 and ASCII labels. */
    static String windows1252(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            out.append(windows1252(b));
        }
        return out.toString();
    }

    /** True when the bytes are all valid UTF-8 and hold at least one multi-byte sequence. */
    static boolean isMultiByteUtf8(byte[] bytes) {
        boolean multiByte = false;
        for (int i = 0; i < bytes.length; ) {
            int n = sequenceLength(bytes, i);
            if (n == 0) {
                return false;
            }
            multiByte |= n > 1;
            i += n;
        }
        return multiByte;
    }

    private static char windows1252(byte b) {
        int v = b & 0xff;
        return v >= 0x80 && v < 0xA0 ? WINDOWS_1252_80_9F.charAt(v - 0x80) : (char) v;
    }

    /**
     * Length of the well-formed UTF-8 sequence at {@code i}, or 0 when none starts there; rejects
     * overlong forms, surrogates and code points past U+10FFFF (Unicode table 3-7).
     */
    private static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xff;
        if (lead < 0x80) {
            return 1;
        }
        int n;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
            low = lead == 0xE0 ? 0xA0 : low;
            high = lead == 0xED ? 0x9F : high;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
            low = lead == 0xF0 ? 0x90 : low;
            high = lead == 0xF4 ? 0x8F : high;
        } else {
            return 0;
        }
        if (i + n > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xff;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            int c = b[i + k] & 0xff;
            if (c < 0x80 || c > 0xBF) {
                return 0;
            }
        }
        return n;
    }

    private static int codePoint(byte[] b, int i, int n) {
        int cp = n == 1 ? b[i] : b[i] & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }
}
