package dev.warta.ner;

import java.util.List;

/**
 * The features of each token, hashed into {@code 2^bits} buckets so that the model is a flat array
 * and no feature string is ever built: the word, its neighbours within two tokens, their shapes,
 * prefixes and suffixes, casing, position, the run of capitalized words it is in, and the gazetteer
 * phrases it is part of. Every token gets exactly {@link #PER_TOKEN} features.
 */
record NerFeatures(int bits, NerGazetteer gazetteer) {
    static final int PER_TOKEN = 43;
    private static final long OUTSIDE = 0x5bd1e9955bd1e995L;

    /** The bucket of feature {@code f} of token {@code i} is {@code result[i * PER_TOKEN + f]}. */
    int[] extract(List<String> tokens) {
        int n = tokens.size();
        int[] gaz = gazetteerMatches(tokens);
        long[] lower = new long[n + 4];
        long[] shape = new long[n + 4];
        long[] exact = new long[n + 4];
        int[] casing = new int[n + 4];
        boolean anyUpper = false;
        for (int k = 0; k < n + 4; k++) {
            int i = k - 2;
            if (i < 0 || i >= n) {
                lower[k] = shape[k] = exact[k] = OUTSIDE + i;
                casing[k] = -1;
                continue;
            }
            String w = tokens.get(i);
            lower[k] = hashLower(w, 0, w.length());
            exact[k] = hash(w);
            shape[k] = shape(w);
            casing[k] = casing(w);
            anyUpper |= capitalized(casing[k]);
        }
        // A sentence without capitals (NERP is all lower case) says nothing by case: the model learns that apart.
        long cased = anyUpper ? 1 : 2;
        // Runs of capitalized tokens are name candidates: what precedes and follows a run ("Presiden", "di",
        // "Universitas") and the run's first and last word speak for every token inside it.
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && capitalized(casing[j + 2])) {
                j++;
            }
            for (int m = i; m < Math.max(j, i + 1); m++) {
                runStart[m] = j > i ? i : -1;
                runEnd[m] = j;
            }
            i = Math.max(j, i + 1);
        }
        int[] out = new int[n * PER_TOKEN];
        for (int i = 0; i < n; i++) {
            int k = i + 2;
            boolean inRun = runStart[i] >= 0;
            long position = inRun ? (i == runStart[i] ? 1 : 2) + (i == runEnd[i] - 1 ? 2 : 0) : 0;
            long before = inRun ? lower[runStart[i] + 1] : 0;
            long after = inRun ? lower[runEnd[i] + 2] : 0;
            long first = inRun ? lower[runStart[i] + 2] : 0;
            long last = inRun ? lower[runEnd[i] + 1] : 0;
            String w = tokens.get(i);
            int len = w.length();
            long[] f = {
                1,
                lower[k], exact[k], lower[k - 1], lower[k + 1], lower[k - 2], lower[k + 2],
                shape[k], shape[k - 1], shape[k + 1], shape[k - 2], shape[k + 2],
                hashLower(w, 0, Math.min(1, len)), hashLower(w, 0, Math.min(2, len)),
                hashLower(w, 0, Math.min(3, len)), hashLower(w, 0, Math.min(4, len)),
                hashLower(w, Math.max(0, len - 1), len), hashLower(w, Math.max(0, len - 2), len),
                hashLower(w, Math.max(0, len - 3), len), hashLower(w, Math.max(0, len - 4), len),
                mix(lower[k - 1], lower[k]), mix(lower[k], lower[k + 1]),
                mix(shape[k - 1], shape[k]), mix(shape[k], shape[k + 1]),
                mix(mix(shape[k - 1], shape[k]), shape[k + 1]),
                casing[k] * 2L + (i == 0 ? 1 : 0),
                mix(lower[k - 1], shape[k]), mix(shape[k], lower[k + 1]),
                Math.min(len, 12),
                mix(casing[k - 1], casing[k]) + casing[k + 1],
                cased, mix(cased, lower[k]), mix(cased, lower[k - 1]), mix(cased, lower[k + 1]),
                mix(before, position), mix(after, position), mix(first, position), mix(last, position),
                inRun ? position * 8 + Math.min(runEnd[i] - runStart[i], 6) : 0,
                gaz[k], mix(gaz[k - 1], gaz[k]), gaz[k + 1], mix(gaz[k], shape[k]),
            };
            for (int t = 0; t < PER_TOKEN; t++) {
                out[i * PER_TOKEN + t] = (int) (mix(t + 1, f[t]) >>> (64 - bits));
            }
        }
        return out;
    }

    /**
     * For each token (at index + 2, padded like the other arrays), bit 2c when a phrase of gazetteer category c
     * starts at it and bit 2c + 1 when one continues over it. A token with spaces ("jakarta pusat") counts its words.
     */
    private int[] gazetteerMatches(List<String> tokens) {
        int n = tokens.size();
        int[] gaz = new int[n + 4];
        if (gazetteer.size() == 0) {
            return gaz;
        }
        for (int i = 0; i < n; i++) {
            long h = 0;
            int words = 0;
            for (int j = i; j < n && words < NerGazetteer.MAX_WORDS; j++) {
                String w = tokens.get(j);
                for (int a = 0; a < w.length(); ) {
                    int b = w.indexOf(' ', a);
                    b = b < 0 ? w.length() : b;
                    if (b > a) {
                        h = NerGazetteer.wordHash(h, w, a, b);
                        words++;
                    }
                    a = b + 1;
                }
                int categories = gazetteer.lookup(h);
                for (int c = 0; categories != 0 && c < NerGazetteer.CATEGORIES; c++) {
                    if ((categories & 1 << c) != 0) {
                        gaz[i + 2] |= 1 << 2 * c;
                        for (int m = i + 1; m <= j; m++) {
                            gaz[m + 2] |= 1 << 2 * c + 1;
                        }
                    }
                }
            }
        }
        return gaz;
    }

    private static boolean capitalized(int casing) {
        return casing >= 1 && casing <= 3;
    }

    /** 0 lower case, 1 initial capital, 2 all capitals, 3 mixed case, 4 digits, 5 no letter or digit. */
    private static int casing(String w) {
        int upper = 0;
        int lower = 0;
        int digit = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isDigit(c)) {
                digit++;
            }
        }
        if (upper + lower == 0) {
            return digit > 0 ? 4 : 5;
        }
        if (upper == 0) {
            return 0;
        }
        if (lower == 0) {
            return 2;
        }
        return Character.isUpperCase(w.charAt(0)) && upper == 1 ? 1 : 3;
    }

    /** "Jakarta" Xx, "KPK" X, "2025" d, "Al-Azhar" Xx-Xx: runs of one class collapse to one symbol. */
    private static long shape(String w) {
        long h = 0xcbf29ce484222325L;
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                h = (h ^ s) * 0x100000001b3L;
                last = s;
            }
        }
        return h;
    }

    private static long hash(String w) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < w.length(); i++) {
            h = (h ^ w.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static long hashLower(String w, int from, int to) {
        long h = 0xcbf29ce484222325L ^ (to - from);
        for (int i = from; i < to; i++) {
            h = (h ^ Character.toLowerCase(w.charAt(i))) * 0x100000001b3L;
        }
        return h;
    }

    /** Combines two hashes (the MurmurHash3 finalizer over their sum), so that templates do not collide. */
    private static long mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93e3c4acf77L;
        h ^= h >>> 33;
        return h;
    }
}
