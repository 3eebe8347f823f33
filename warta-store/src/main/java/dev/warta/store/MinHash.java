package dev.warta.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MinHash signatures over word shingles of a text, and LSH band keys: two texts that share most of their
 * shingles (a syndicated copy with a new headline and a "Baca Juga" line) share a band with high
 * probability, so candidates come from a band table ({@link NearCopies}) and the estimate decides.
 */
final class MinHash {
    static final int HASHES = 64;
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 5;
    private static final long[] SEEDS = seeds();
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MinHash() {
    }

    static long[] signature(String text) {
        String[] words = NOT_WORD.split(text.toLowerCase(Locale.ROOT));
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = shingleHash(words, i, Math.min(words.length, i + SHINGLE));
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** One key per band: the hash of the band number and its rows. */
    static long[] bandKeys(long[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    static byte[] bytes(long[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) {
            b.putLong(v);
        }
        return b.array();
    }

    static long[] fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] sig = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = b.getLong();
        }
        return sig;
    }

    private static long shingleHash(String[] words, int from, int to) {
        long h = 1125899906842597L;
        for (int i = from; i < to; i++) {
            for (byte c : words[i].getBytes(StandardCharsets.UTF_8)) {
                h = 31 * h + c;
            }
            h = 31 * h + ' ';
        }
        return h;
    }

    /** SplitMix64 finalizer: a fast, well-spread 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }
}
